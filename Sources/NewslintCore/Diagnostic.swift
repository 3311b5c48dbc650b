/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Comparable, Sendable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The family of problem a rule finds; part of the JSON contract.
public enum Category: String, Sendable, CaseIterable {
    case spacing, spelling, vietnamese, typography, consistency, unicode, style
}

/// One finding: which rule, where (bytes of the original), what, and how to
/// repair it if a repair is known.
public struct Diagnostic: Hashable, Sendable {
    public let ruleID: String
    public let category: Category
    public var severity: Severity
    public let range: TextRange
    public let message: String
    public let fix: Fix?
    /// Other possible replacements for the range, best first, never applied.
    public let suggestions: [String]

    public init(
        ruleID: String, category: Category, severity: Severity, range: TextRange,
        message: String, fix: Fix? = nil, suggestions: [String] = []
    ) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.range = range
        self.message = message
        self.fix = fix
        self.suggestions = suggestions
    }
}

extension Diagnostic {
    /// The same finding with another fix, and a note added to its message.
    public func with(fix: Fix?, note: String) -> Diagnostic {
        Diagnostic(ruleID: ruleID, category: category, severity: severity, range: range,
                   message: "\(message) (\(note))", fix: fix, suggestions: suggestions)
    }
}

extension Diagnostic {
    /// The order of a report: by position, then by rule id.
    public static func inReportOrder(_ first: Diagnostic, _ second: Diagnostic) -> Bool {
        (first.range.start, first.range.end, first.ruleID) < (second.range.start, second.range.end, second.ruleID)
    }
}
