/// Runs rules over documents.
public struct Linter: Sendable {
    public let rules: [any Rule]
    public let analyzer: any DocumentAnalyzer
    /// Severity per rule id, replacing the rule's default.
    public let severityOverrides: [String: Severity]

    public init(rules: [any Rule], analyzer: any DocumentAnalyzer, severityOverrides: [String: Severity] = [:]) {
        self.rules = rules
        self.analyzer = analyzer
        self.severityOverrides = severityOverrides
    }

    /// All findings in a source, sorted by position and then rule id.
    public func lint(_ source: SourceText, format: Document.Format) throws -> [Diagnostic] {
        let document = try analyzer.analyze(source, format: format)
        return lint(document)
    }

    public func lint(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            for var diagnostic in rule.check(document) {
                assert(document.source.contentRange.contains(diagnostic.range),
                       "\(diagnostic.ruleID) reported \(diagnostic.range) outside the content")
                if let severity = severityOverrides[diagnostic.ruleID] {
                    diagnostic.severity = severity
                }
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics.sorted {
            ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID)
        }
    }
}
