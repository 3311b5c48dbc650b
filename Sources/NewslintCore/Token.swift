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

    // Eight bytes a token, not 24: nearly every rule reads the whole array,
    // and on a large file reading it is most of their time. A 32-bit start,
    // and the length and kind in one 32-bit word (kind in the low 3 bits),
    // so a token is at most 512 MiB long (`Token.maximumLength`); the
    // command line refuses a `--max-file-size` above it.
    private let start: UInt32
    private let lengthAndKind: UInt32

    /// The longest token a document may hold: 2^29 - 1 bytes.
    public static let maximumLength = (1 << 29) - 1

    public init(range: TextRange, kind: Kind) {
        precondition(range.length <= Self.maximumLength && range.end <= Int(UInt32.max), "a token past 512 MiB")
        start = UInt32(truncatingIfNeeded: range.start)
        lengthAndKind = UInt32(truncatingIfNeeded: range.length) << 3 | UInt32(Self.bits(of: kind))
    }

    public var range: TextRange {
        let start = Int(start)
        return TextRange(start: start, end: start + Int(lengthAndKind >> 3))
    }

    // A case-only enum is stored as its case's index, one byte.
    public var kind: Kind { unsafeBitCast(UInt8(truncatingIfNeeded: lengthAndKind & 7), to: Kind.self) }

    private static func bits(of kind: Kind) -> UInt8 { unsafeBitCast(kind, to: UInt8.self) }
}
