import Dispatch
import Synchronization

/// Runs rules over documents.
public struct Linter: Sendable {
    public let rules: [any Rule]
    public let analyzer: any DocumentAnalyzer
    /// Severity per rule id, replacing the rule's default.
    public let severityOverrides: [String: Severity]
    /// Documents at least this large (bytes) have their rules run on all
    /// cores at once: one long file would otherwise keep one core busy while
    /// the others idle. Below it the threads would cost more than they save.
    public let parallelThreshold: Int

    public static let defaultParallelThreshold = 1 << 20

    public init(rules: [any Rule], analyzer: any DocumentAnalyzer, severityOverrides: [String: Severity] = [:],
                parallelThreshold: Int = defaultParallelThreshold) {
        self.rules = rules
        self.analyzer = analyzer
        self.severityOverrides = severityOverrides
        self.parallelThreshold = parallelThreshold
    }

    /// All findings in a source, sorted by position and then rule id.
    public func lint(_ source: SourceText, format: Document.Format) throws -> [Diagnostic] {
        try analyzeAndLint(source, format: format).diagnostics
    }

    /// The document the rules saw, with their findings (for what is done
    /// with a document after linting it, such as comparing stories).
    public func analyzeAndLint(_ source: SourceText, format: Document.Format) throws -> (document: Document, diagnostics: [Diagnostic]) {
        let document = try analyzer.analyze(source, format: format)
        return (document, lint(document))
    }

    public func lint(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let findings = document.bytes.count >= parallelThreshold ? checkOnAllCores(document) : rules.map { $0.check(document) }
        for ruleFindings in findings {
            for var diagnostic in ruleFindings {
                assert(document.source.contentRange.contains(diagnostic.range),
                       "\(diagnostic.ruleID) reported \(diagnostic.range) outside the content")
                if let severity = severityOverrides[diagnostic.ruleID] {
                    diagnostic.severity = severity
                }
                diagnostics.append(diagnostic)
            }
        }
        diagnostics.sort(by: Diagnostic.inReportOrder)
        return respectingEditorialMarks(outsideMarkup(withoutYielded(diagnostics), in: document), in: document)
    }

    /// Each rule's findings, the rules run side by side, the long ones
    /// first. They only read the document; what they share goes through its
    /// thread-safe cache.
    ///
    /// The long rules start last-declared first: the built-in ones are the
    /// two word rules, which share their costly word counts (the second to
    /// start waits for the first to make them), then the repetition rule
    /// from the rule files, which shares nothing. Started in that order on
    /// two cores, one core would wait while the other counted.
    private func checkOnAllCores(_ document: Document) -> [[Diagnostic]] {
        let findings = Mutex([[Diagnostic]](repeating: [], count: rules.count))
        let tasks = tasksForAllCores()
        // One more task beside the rules, right after the long ones: the
        // editorial marks the findings are filtered by afterwards, which
        // would otherwise be found on one core after the rules finish.
        let marksPosition = rules.filter(\.runsLong).count
        DispatchQueue.concurrentPerform(iterations: tasks.count + 1) { position in
            guard position != marksPosition else {
                _ = EditorialMarks.shared(document)
                return
            }
            for index in tasks[position < marksPosition ? position : position - 1] {
                let found = rules[index].check(document)
                findings.withLock { $0[index] = found }
            }
        }
        return findings.withLock { $0 }
    }

    /// The rules as tasks for the cores, by index: each long rule alone and
    /// first (last-declared first), then the rules that build one shared
    /// value together in one task (in the order of the first of each), then
    /// the others in declaration order. A shared value is built for many
    /// rules and costs as much as a long rule (the phrase matches of every
    /// rule file): started after the short rules, it would run alone on one
    /// core while the others idle at the end.
    func tasksForAllCores() -> [[Int]] {
        var tasks: [[Int]] = rules.indices.filter { rules[$0].runsLong }.reversed().map { [$0] }
        var taskOfValue: [ObjectIdentifier: Int] = [:]
        for index in rules.indices where !rules[index].runsLong {
            guard let value = rules[index].sharedValue else { continue }
            if let task = taskOfValue[value] {
                tasks[task].append(index)
            } else {
                taskOfValue[value] = tasks.count
                tasks.append([index])
            }
        }
        for index in rules.indices where !rules[index].runsLong && rules[index].sharedValue == nil {
            tasks.append([index])
        }
        return tasks
    }

    /// Findings made outside the rules' own run (a comparison between
    /// stories) put through the same filters: markup, [sic], directives,
    /// quotations. `silencing` lists the directives they found a use for:
    /// the run's report of those as unused no longer holds.
    public func admitting(_ diagnostics: [Diagnostic], in document: Document) -> (kept: [Diagnostic], silencing: [TextRange]) {
        let sorted = diagnostics.sorted(by: Diagnostic.inReportOrder)
        var used: [TextRange] = []
        let kept = respectingEditorialMarks(outsideMarkup(sorted, in: document), in: document, reportingUnused: false) {
            used.append($0)
        }
        return (kept, used)
    }

    /// Findings on prose only: one that starts or ends in markup (a doubled
    /// space where a tag was blanked) or whose fix would edit markup is
    /// dropped. A finding may span inline markup (a paragraph with a link).
    private func outsideMarkup(_ diagnostics: [Diagnostic], in document: Document) -> [Diagnostic] {
        guard !document.markup.isEmpty else { return diagnostics }
        let finder = OverlapFinder(document.markup)
        return diagnostics.filter { diagnostic in
            let range = diagnostic.range
            let endsInMarkup = range.length > 0
                && (finder.overlapsAny(TextRange(start: range.start, length: 1)) || finder.overlapsAny(TextRange(start: range.end - 1, length: 1)))
            return !endsInMarkup && !(diagnostic.fix?.edits.contains { finder.overlapsAny($0.range) } ?? false)
        }
    }

    /// Findings the editor has silenced ("[sic]", "[stet]", a
    /// `newslint-disable…` directive) are dropped, and unused directives
    /// reported; inside a direct quotation, which is reproduced as spoken, a
    /// fix is never applied on its own: a safe one becomes unsafe. Encoding
    /// repairs (category unicode) change no word and stay as they are.
    private func respectingEditorialMarks(_ diagnostics: [Diagnostic], in document: Document,
                                          reportingUnused: Bool = true,
                                          usedDirective: (TextRange) -> Void = { _ in }) -> [Diagnostic] {
        var suppressions = Suppressions.mentioned(in: document.original.bytes) ? Suppressions(document.original) : nil
        guard !diagnostics.isEmpty || suppressions != nil else { return diagnostics }
        let marks = EditorialMarks.shared(document)
        var kept: [Diagnostic] = diagnostics.compactMap { diagnostic in
            if marks.isKeptAsWritten(diagnostic.range) { return nil }
            if suppressions != nil,
               suppressions!.silences(diagnostic.ruleID, onLine: document.source.location(of: diagnostic.range.start).line) {
                return nil
            }
            guard diagnostic.category != .unicode, let fix = diagnostic.fix, fix.applicability == .safe,
                  marks.isQuoted(diagnostic.range) else { return diagnostic }
            return diagnostic.with(fix: Fix(edits: fix.edits, applicability: .unsafe),
                                   note: "inside a quotation, reproduced as spoken: not fixed automatically")
        }
        for directive in suppressions?.directives ?? [] where directive.used { usedDirective(directive.range) }
        if reportingUnused, let suppressions, rules.contains(where: { $0.metadata.id == Suppressions.unusedRuleID }) {
            kept += suppressions.unused(running: Set(rules.map(\.metadata.id))).map { unusedDiagnostic($0, in: document) }
            kept.sort(by: Diagnostic.inReportOrder)
        }
        return kept
    }

    /// "this directive silences nothing", with the directive's line removed
    /// as the fix.
    private func unusedDiagnostic(_ directive: Suppressions.Directive, in document: Document) -> Diagnostic {
        let bytes = document.original.bytes
        var end = directive.range.end
        if end < bytes.count, bytes[end] == 0x0D { end += 1 }
        if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        let line = TextRange(start: directive.range.start, end: end)
        let what = directive.rules.isEmpty ? "nothing is found" : "\(directive.rules.sorted().joined(separator: ", ")) finds nothing"
        let severity = severityOverrides[Suppressions.unusedRuleID] ?? .warning
        return Diagnostic(ruleID: Suppressions.unusedRuleID, category: .style, severity: severity, range: directive.range,
                          message: "unused suppression '\(directive.written)': \(what) where it applies",
                          fix: Fix(.delete(line), applicability: .safe))
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
