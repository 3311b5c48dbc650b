/// A half-open range of UTF-8 byte offsets into the original bytes of a file.
///
/// newslint has one truth for positions: byte offsets into the bytes as read.
/// Lines and columns are derived from them for display only.
public struct TextRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public init(start: Int, length: Int) {
        self.init(start: start, end: start + length)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// Whether two ranges share a byte, or are insertions (empty ranges) at the
    /// same offset or inside the other range: applying both would be ambiguous.
    public func conflicts(with other: TextRange) -> Bool {
        if isEmpty || other.isEmpty {
            if isEmpty && other.isEmpty { return start == other.start }
            let (point, span) = isEmpty ? (start, other) : (other.start, self)
            return point > span.start && point < span.end
        }
        return start < other.end && other.start < end
    }

    public func contains(_ other: TextRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public func shifted(by delta: Int) -> TextRange {
        TextRange(start: start + delta, end: end + delta)
    }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
