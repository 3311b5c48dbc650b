/// Fixes a source to a fixpoint: lint, apply, lint again, until a pass has
/// nothing left to apply. Reaching that pass is the proof that a second
/// `fix` would change nothing.
public struct Fixer: Sendable {
    public let linter: Linter
    public let maxPasses: Int

    public init(linter: Linter, maxPasses: Int = 10) {
        self.linter = linter
        self.maxPasses = maxPasses
    }

    public struct Outcome: Sendable {
        public let source: SourceText
        /// Findings that were fixed, over all passes.
        public let fixedCount: Int
        /// Findings left in the fixed text.
        public let remaining: [Diagnostic]
        public let passes: Int
    }

    public func fix(_ source: SourceText, format: Document.Format, minimum: Applicability = .safe) throws -> Outcome {
        precondition(minimum != .displayOnly, "display-only fixes are never applied")
        var current = source
        var fixedCount = 0
        for pass in 1...maxPasses {
            let diagnostics = try linter.lint(current, format: format)
            var (bytes, applied) = FixApplier.apply(diagnostics, to: current.bytes, minimum: minimum)
            if !current.hasByteOrderMark && bytes.starts(with: SourceText.byteOrderMark) {
                // Deleting what stood before a zero-width no-break space left
                // it first, where it would read as a byte-order mark (its own
                // finding may offer no fix: "\u{A0}\u{FEFF}\u{92}"). The
                // edits at the start wait; the first bytes stay as they are.
                let start = current.contentStart
                let kept = diagnostics.filter { !($0.fix?.edits.contains { $0.range.start == start } ?? false) }
                (bytes, applied) = FixApplier.apply(kept, to: current.bytes, minimum: minimum)
            }
            if applied.isEmpty {
                return Outcome(source: current, fixedCount: fixedCount, remaining: diagnostics, passes: pass)
            }
            fixedCount += applied.count
            do {
                current = try SourceText(bytes: bytes)
            } catch {
                throw FixError.invalidResult(ruleIDs: Set(applied.map(\.ruleID)).sorted())
            }
            if current.hasByteOrderMark != source.hasByteOrderMark {
                throw FixError.invalidResult(ruleIDs: Set(applied.map(\.ruleID)).sorted())
            }
        }
        throw FixError.didNotConverge(passes: maxPasses)
    }
}

/// A fix run that must not be written: the input is kept as it was.
public enum FixError: Error, Equatable, Sendable, CustomStringConvertible {
    case didNotConverge(passes: Int)
    case invalidResult(ruleIDs: [String])

    public var description: String {
        switch self {
        case .didNotConverge(let passes):
            return "fixes did not settle after \(passes) passes (a rule keeps rewriting its own fix); nothing was written"
        case .invalidResult(let ruleIDs):
            return "fixes by \(ruleIDs.joined(separator: ", ")) produced invalid text; nothing was written"
        }
    }
}
