import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// Runs every rule's own examples, as written and again behind prefixes of
/// Vietnamese (NFC and NFD) and emoji, so byte-offset bugs cannot hide.
@Suite struct RuleExamplesTests {
    /// Text put before each example; it ends a paragraph so no rule can
    /// join it to the example.
    enum Prefix: String, CaseIterable, CustomTestStringConvertible {
        case none
        case vietnameseNFCAndEmoji
        case vietnameseNFDAndCRLF

        var text: String {
            switch self {
            case .none: ""
            case .vietnameseNFCAndEmoji: "Đà Nẵng 🇻🇳 😀\n\n"
            case .vietnameseNFDAndCRLF: "Đa\u{0300} Na\u{0306}\u{0303}ng 👨‍👩‍👧\r\n\r\n"
            }
        }

        var testDescription: String { rawValue }
    }

    static let ruleIDs = BuiltinRules.all.map(\.metadata.id)

    private func rule(_ id: String) throws -> any Rule {
        try #require(BuiltinRules.rule(id: id))
    }

    private func linter(_ rule: any Rule) -> Linter {
        Linter(rules: [rule], analyzer: ICUDocumentAnalyzer())
    }

    private func fixed(_ text: String, _ rule: any Rule, applying: Applicability) throws -> String {
        try Fixer(linter: linter(rule)).fix(SourceText(text), format: .plain, minimum: applying).source.contentString
    }

    @Test(arguments: ruleIDs)
    func hasExamplesOfEveryKind(ruleID: String) throws {
        let examples = try rule(ruleID).metadata.examples
        #expect(!examples.triggering.isEmpty)
        #expect(!examples.nonTriggering.isEmpty)
        let fixes = try rule(ruleID).metadata.fixApplicability != nil
        #expect(!examples.corrections.isEmpty || !fixes)
        for marked in examples.triggering {
            #expect(!RuleExamples.parseMarked(marked).ranges.isEmpty, "triggering example without ⟦⟧: \(marked)")
        }
    }

    @Test(arguments: ruleIDs, Prefix.allCases)
    func triggeringExamplesReportExactlyTheMarkedRanges(ruleID: String, variant: Prefix) throws {
        let prefix = variant.text
        let rule = try rule(ruleID)
        let prefixLength = prefix.utf8.count
        let prefixFindings = try linter(rule).lint(SourceText(prefix), format: .plain).map(\.range)
        for marked in rule.metadata.examples.triggering {
            let (text, expected) = RuleExamples.parseMarked(marked)
            let diagnostics = try linter(rule).lint(SourceText(prefix + text), format: .plain)
            let inExample = diagnostics.filter { $0.range.start >= prefixLength }
            #expect(inExample.map { $0.range.shifted(by: -prefixLength) } == expected,
                    "\(ruleID) on \(marked.debugDescription) after \(prefix.debugDescription)")
            #expect(diagnostics.filter { $0.range.start < prefixLength }.map(\.range) == prefixFindings)
            for diagnostic in diagnostics {
                #expect(diagnostic.ruleID == ruleID)
                if let fix = diagnostic.fix {
                    let best = try #require(rule.metadata.fixApplicability, "\(ruleID) fixes but declares no fix")
                    #expect(fix.applicability <= best)
                }
            }
        }
    }

    @Test(arguments: ruleIDs, Prefix.allCases)
    func nonTriggeringExamplesAreSilentAndSurviveFix(ruleID: String, variant: Prefix) throws {
        let prefix = variant.text
        let rule = try rule(ruleID)
        let fixedPrefix = try fixed(prefix, rule, applying: .unsafe)
        for text in rule.metadata.examples.nonTriggering {
            let diagnostics = try linter(rule).lint(SourceText(prefix + text), format: .plain)
            #expect(diagnostics.filter { $0.range.start >= prefix.utf8.count }.isEmpty,
                    "\(ruleID) fired on \(text.debugDescription)")
            let result = try fixed(prefix + text, rule, applying: .unsafe)
            #expect(Array(result.utf8) == Array((fixedPrefix + text).utf8), "\(ruleID) changed \(text.debugDescription)")
        }
    }

    @Test(arguments: ruleIDs, Prefix.allCases)
    func correctionsProduceTheExpectedText(ruleID: String, variant: Prefix) throws {
        let prefix = variant.text
        let rule = try rule(ruleID)
        for correction in rule.metadata.examples.corrections {
            let fixedPrefix = try fixed(prefix, rule, applying: correction.applying)
            let result = try fixed(prefix + correction.before, rule, applying: correction.applying)
            #expect(Array(result.utf8) == Array((fixedPrefix + correction.after).utf8),
                    "\(ruleID): \(correction.before.debugDescription)")
            if correction.applying == .unsafe {
                // An example that needs --unsafe-fixes must not come out the same with safe fixes only.
                #expect(try fixed(prefix + correction.before, rule, applying: .safe) != result)
            }
        }
    }
}
