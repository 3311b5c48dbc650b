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
        diagnostics.sort {
            ($0.range.start, $0.range.end, $0.ruleID) < ($1.range.start, $1.range.end, $1.ruleID)
        }
        return withoutYielded(diagnostics)
    }

    /// Drops the findings of rules that yield to another rule's finding on
    /// an overlapping range.
    private func withoutYielded(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var overlapFinders: [String: OverlapFinder] = [:]
        for rule in rules where !rule.metadata.yieldsTo.isEmpty {
            let winners = rule.metadata.yieldsTo
            overlapFinders[rule.metadata.id] = OverlapFinder(diagnostics.filter { winners.contains($0.ruleID) }.map(\.range))
        }
        guard !overlapFinders.isEmpty else { return diagnostics }
        return diagnostics.filter { overlapFinders[$0.ruleID]?.overlapsAny($0.range) != true }
    }
}

/// Answers "does any of these ranges overlap this one?" in O(log n): the
/// ranges sorted by start, with the furthest end reached so far.
private struct OverlapFinder {
    private let starts: [Int]
    private let furthestEnds: [Int]

    init(_ ranges: [TextRange]) {
        let sorted = ranges.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var furthest = Int.min
        furthestEnds = sorted.map { range in
            furthest = max(furthest, range.end)
            return furthest
        }
    }

    func overlapsAny(_ range: TextRange) -> Bool {
        // Ranges starting before `range` ends overlap it when one of them
        // ends after it starts.
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < range.end { low = middle + 1 } else { high = middle }
        }
        return low > 0 && furthestEnds[low - 1] > range.start
    }
}
