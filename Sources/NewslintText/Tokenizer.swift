import NewslintCore

/// Splits text into tokens at ICU's word boundaries (UAX #29 with ICU's
/// dictionaries for Thai, Lao, Khmer, Burmese and CJK), working directly on
/// the original UTF-8 bytes so every token is a byte range of the input.
public final class Tokenizer {
    private let breaker: ICUBreakIterator

    public init() throws {
        breaker = try ICUBreakIterator(.word)
    }

    /// Tokens of `range` of `bytes`, with offsets into `bytes`.
    public func tokens(of bytes: [UInt8], in range: TextRange) throws -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.length / 3)
        try bytes.withUnsafeBufferPointer { all in
            let slice = UnsafeBufferPointer(rebasing: all[range.start..<range.end])
            try breaker.forEachSegment(slice) { start, end, status in
                let tokenRange = TextRange(start: range.start + start, end: range.start + end)
                let kind = Self.kind(ruleStatus: status, firstScalarIn: slice, at: start)
                tokens.append(Token(range: tokenRange, kind: kind))
            }
        }
        return tokens
    }

    /// The kind from ICU's rule status; segments with status 0 (no letters
    /// or digits) are told apart by their first scalar.
    static func kind(ruleStatus: Int32, firstScalarIn bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Token.Kind {
        switch ruleStatus {
        case 100..<200: return .number
        case 200..<500: return .word
        default: break
        }
        let first = bytes[offset]
        if first < 0x80 {  // ASCII: no need to decode or ask for Unicode properties
            switch first {
            case 0x09...0x0D, 0x20: return .whitespace
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                return .punctuation
            default: return .other
            }
        }
        guard let scalar = decodeScalar(bytes, at: offset) else { return .other }
        if scalar.properties.isWhitespace { return .whitespace }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        default:
            return .other
        }
    }
}

/// The scalar whose encoding starts at `offset` of valid UTF-8 bytes.
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar? {
    var iterator = bytes[offset...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
}
