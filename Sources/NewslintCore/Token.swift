/// One segment of the text between two word boundaries (UAX #29, as ICU
/// finds them), with what kind of text it holds.
public struct Token: Hashable, Sendable {
    public enum Kind: String, Sendable {
        /// Letters (any script, including Thai and CJK words).
        case word
        case number
        /// Spaces, tabs, line breaks and other white space.
        case whitespace
        case punctuation
        /// Emoji, symbols and anything else.
        case other
    }

    // 32-bit offsets halve the memory of a token (12 bytes, not 24); inputs
    // are far below 2 GiB (see InputReader.maximumBytes).
    private let start: Int32
    private let end: Int32
    public let kind: Kind

    public init(range: TextRange, kind: Kind) {
        start = Int32(range.start)
        end = Int32(range.end)
        self.kind = kind
    }

    public var range: TextRange { TextRange(start: Int(start), end: Int(end)) }
}
