/// A check over a Document. Rules are values: metadata plus a pure function
/// from a document to findings. They hold no state between documents.
public protocol Rule: Sendable {
    var metadata: RuleMetadata { get }
    func check(_ document: Document) -> [Diagnostic]
    /// Whether the rule takes many times longer than most (a lexicon lookup
    /// per word, a hash per paragraph). When rules run side by side these
    /// start first, so that no core is left with a long one at the end.
    var runsLong: Bool { get }
    /// The shared document value the rule builds before its own, cheaper
    /// work (the phrase matches of a rule set, the Vietnamese words), or
    /// nil. When rules run side by side, those naming the same value run
    /// one after another as one task: otherwise a core would wait,
    /// spinning on the value's lock, while another core builds it.
    var sharedValue: ObjectIdentifier? { get }
}

extension Rule {
    public var runsLong: Bool { false }
    public var sharedValue: ObjectIdentifier? { nil }
}

/// What a rule is, for `newslint rules`, the docs and the examples test.
public struct RuleMetadata: Sendable {
    /// Kebab-case name of the problem, never of the fix: `repeated-word`.
    public let id: String
    public let category: Category
    public let defaultSeverity: Severity
    /// One line: what the rule finds.
    public let summary: String
    /// Why it matters, when it stays silent, and how sure its fixes are.
    public let rationale: String
    /// The best applicability its fixes can have; nil when it never fixes.
    public let fixApplicability: Applicability?
    public let examples: RuleExamples
    /// Rules whose finding on an overlapping range replaces this rule's:
    /// "Sonaffirmed" is a glued pair, so joined-words speaks for it, not
    /// misspelling.
    public let yieldsTo: Set<String>

    public init(
        id: String, category: Category, defaultSeverity: Severity = .warning,
        summary: String, rationale: String, fixApplicability: Applicability?,
        examples: RuleExamples, yieldsTo: Set<String> = []
    ) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.fixApplicability = fixApplicability
        self.examples = examples
        self.yieldsTo = yieldsTo
    }

    /// A finding of this rule with its default severity.
    public func diagnostic(
        _ range: TextRange, _ message: String, fix: Fix? = nil, suggestions: [String] = []
    ) -> Diagnostic {
        Diagnostic(
            ruleID: id, category: category, severity: defaultSeverity, range: range,
            message: message, fix: fix, suggestions: suggestions)
    }
}

/// A rule's examples, which are both its documentation and its tests.
///
/// In a triggering example each expected finding is marked `⟦like this⟧`;
/// the markers are removed before the text is linted. An empty range is
/// written `⟦⟧`.
public struct RuleExamples: Sendable {
    public let triggering: [String]
    public let nonTriggering: [String]
    public let corrections: [Correction]

    public struct Correction: Sendable {
        public let before: String
        public let after: String
        /// The least sure fixes that are applied to get `after`.
        public let applying: Applicability

        public init(_ before: String, _ after: String, applying: Applicability = .safe) {
            self.before = before
            self.after = after
            self.applying = applying
        }
    }

    public init(triggering: [String], nonTriggering: [String], corrections: [Correction]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.corrections = corrections
    }

    public static let openMarker: Character = "⟦"
    public static let closeMarker: Character = "⟧"

    /// Removes the markers from a marked example and returns the plain text
    /// with the byte ranges that were marked.
    public static func parseMarked(_ marked: String) -> (text: String, ranges: [TextRange]) {
        var text = ""
        var ranges: [TextRange] = []
        var openedAt: Int?
        for character in marked {
            if character == openMarker {
                openedAt = text.utf8.count
            } else if character == closeMarker, let start = openedAt {
                ranges.append(TextRange(start: start, end: text.utf8.count))
                openedAt = nil
            } else {
                text.append(character)
            }
        }
        return (text, ranges)
    }
}
