/// Replace the bytes of `range` with `replacement`. An empty range inserts.
public struct Edit: Hashable, Sendable {
    public let range: TextRange
    public let replacement: String

    public init(range: TextRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public static func insert(_ text: String, at offset: Int) -> Edit {
        Edit(range: TextRange(start: offset, length: 0), replacement: text)
    }

    public static func delete(_ range: TextRange) -> Edit {
        Edit(range: range, replacement: "")
    }
}

/// How sure a fix is, after ruff's model. Only `safe` fixes are applied by
/// `newslint fix`; `unsafe` ones need `--unsafe-fixes`; `displayOnly` ones
/// are shown and never applied.
public enum Applicability: String, Comparable, Sendable, CaseIterable {
    case displayOnly = "display-only"
    case unsafe
    case safe

    private var rank: Int {
        switch self {
        case .displayOnly: 0
        case .unsafe: 1
        case .safe: 2
        }
    }

    public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs.rank < rhs.rank }
}

/// A repair: edits that belong together (all or none), sorted and
/// non-overlapping, and how sure it is.
public struct Fix: Hashable, Sendable {
    public let edits: [Edit]
    public let applicability: Applicability

    public init(edits: [Edit], applicability: Applicability) {
        let sorted = edits.sorted { $0.range < $1.range }
        for (first, second) in zip(sorted, sorted.dropFirst()) {
            precondition(!first.range.conflicts(with: second.range), "overlapping edits in one fix")
        }
        self.edits = sorted
        self.applicability = applicability
    }

    public init(_ edit: Edit, applicability: Applicability) {
        self.init(edits: [edit], applicability: applicability)
    }

    /// The range covering all edits.
    public var range: TextRange {
        TextRange(start: edits.first?.range.start ?? 0, end: edits.map(\.range.end).max() ?? 0)
    }
}
