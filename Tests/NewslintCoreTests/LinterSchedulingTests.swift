@testable import NewslintCore
import Testing

/// How a large document's rules are shared out between the cores.
@Suite struct LinterSchedulingTests {
    /// A rule that finds nothing, scheduled as declared.
    struct ScheduledRule: Rule {
        let metadata: RuleMetadata
        let runsLong: Bool
        let sharedValue: ObjectIdentifier?

        init(_ id: String, long: Bool = false, sharing value: Any.Type? = nil) {
            metadata = RuleMetadata(
                id: id, category: .style, summary: "test", rationale: "test", fixApplicability: nil,
                examples: RuleExamples(triggering: [], nonTriggering: [], corrections: []))
            runsLong = long
            sharedValue = value.map { ObjectIdentifier($0) }
        }

        func check(_ document: Document) -> [Diagnostic] { [] }
    }

    enum PhraseMatches {}
    enum VietnameseWords {}

    @Test func longRulesGoFirstThenRulesBuildingOneValueShareATask() {
        let rules: [any Rule] = [
            ScheduledRule("a"), ScheduledRule("phrase-1", sharing: PhraseMatches.self), ScheduledRule("long-1", long: true),
            ScheduledRule("b"), ScheduledRule("phrase-2", sharing: PhraseMatches.self), ScheduledRule("long-2", long: true),
            ScheduledRule("vietnamese", sharing: VietnameseWords.self), ScheduledRule("phrase-3", sharing: PhraseMatches.self),
        ]
        let tasks = Linter(rules: rules, analyzer: SpaceSplittingAnalyzer()).tasksForAllCores()
        #expect(tasks.map { $0.map { rules[$0].metadata.id } } == [
            ["long-2"], ["long-1"], ["phrase-1", "phrase-2", "phrase-3"], ["vietnamese"], ["a"], ["b"],
        ])
    }
}
