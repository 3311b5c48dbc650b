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

    public let range: TextRange
    public let kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
