import NewslintCore

/// `check --across-files`: a day's stories read as one body. For every
/// consistency rule (Ho Chi Minh City / HCM City, British / American
/// spellings), the form the first story in the run uses wins, and a later
/// story that writes the set's words another way is reported wherever it
/// does, naming the story that set the form. Within a story the rule itself
/// already reports a second form, so only a story's own first form is new
/// here. Stories are reviewed in input order, so the result is the same
/// however many files are linted at once.
public struct StoryForms {
    /// A story's first form of one set of one rule, and where it is written.
    public struct Use: Sendable {
        public let ruleID: String
        public let set: Int
        public let variant: Int
        public let ranges: [TextRange]
    }

    private struct Key: Hashable {
        let ruleID: String
        let set: Int
    }

    /// The form the run settled on for each rule's set, and the story that set it.
    private var chosen: [Key: (variant: Int, story: String)] = [:]

    public init() {}

    /// The first forms of every consistency rule a linter runs, in a document.
    public static func uses(in document: Document, rules: [any Rule]) -> [Use] {
        rules.compactMap { $0 as? DeclarativeRule }.flatMap { $0.firstForms(in: document) }
    }

    /// The findings a story gets for departing from earlier stories; the
    /// story's own forms become the run's where it is the first to use a set.
    public mutating func review(_ uses: [Use], of story: String, in document: Document, rules: [any Rule]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for use in uses {
            let key = Key(ruleID: use.ruleID, set: use.set)
            guard let earlier = chosen[key] else {
                chosen[key] = (use.variant, story)
                continue
            }
            guard earlier.variant != use.variant,
                  let rule = rules.first(where: { $0.metadata.id == use.ruleID }) as? DeclarativeRule else { continue }
            diagnostics += use.ranges.compactMap {
                rule.acrossFilesDiagnostic($0, in: document, form: earlier.variant, set: use.set, story: earlier.story)
            }
        }
        return diagnostics
    }
}
