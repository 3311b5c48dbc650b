import NewslintCore

/// Splits text into tokens at ICU's word boundaries (UAX #29 with ICU's
/// dictionaries for Thai, Lao, Khmer, Burmese and CJK), working directly on
/// the original UTF-8 bytes so every token is a byte range of the input.
///
/// Fast path: the text is cut at ASCII white space, which starts a new
/// segment unless the character before it is itself a space (WB3d). A
/// chunk of pure ASCII is broken by `ASCIIWordBreaker`'s table; a chunk with
/// any other byte goes to ICU together with the white space before it (so a
/// combining mark after a space sees the space, as it does in the whole
/// text) and, when it ends in a non-ASCII character, the white space after
/// it. The result is ICU's, token for token, several times faster on
/// English copy.
public final class Tokenizer {
    private let breaker: ICUBreakIterator

    public init() throws {
        breaker = try ICUBreakIterator(.word)
    }

    /// Tokens of `range` of `bytes`, with offsets into `bytes`.
    /// `reserved` is told where the array's storage is, once reserved: the
    /// memory the tokens will most likely fill (for another core to fault
    /// in ahead of them; see `ICUDocumentAnalyzer`).
    public func tokens(of bytes: [UInt8], in range: TextRange,
                       reserved: (_ start: UInt, _ likelyBytes: Int) -> Void = { _, _ in }) throws -> [Token] {
        // Every token holds at least one byte, so a token a byte is room
        // enough: tokens are written straight into the array's storage,
        // never copied or grown. Only address space is reserved past the
        // tokens (8 bytes a byte of text; 512 MB for the default 64 MB
        // limit): pages never written cost nothing.
        let tokens = try [Token](unsafeUninitializedCapacity: max(range.length, 1)) { storage, count in
            HugePages.advise(UnsafeMutableRawBufferPointer(storage))
            // English prose has about 0.37 tokens a byte.
            if let base = storage.baseAddress {
                reserved(UInt(bitPattern: base), range.length * 2 / 5 * MemoryLayout<Token>.stride)
            }
            try bytes.withUnsafeBufferPointer { all in
                // ASCII text is broken by the table in one call; each chunk with
                // another byte goes to ICU with the white space before it.
                var asciiStart = range.start
                while let nonASCII = ASCIIScan.firstNonASCII(all, from: asciiStart, to: range.end) {
                    var chunkStart = nonASCII
                    while chunkStart > asciiStart && !Self.isASCIISpace(all[chunkStart - 1]) { chunkStart -= 1 }
                    var spaceStart = chunkStart
                    while spaceStart > asciiStart && Self.isASCIISpace(all[spaceStart - 1]) { spaceStart -= 1 }
                    var chunkEnd = Self.endOfChunk(all, from: nonASCII, to: range.end)
                    // A chunk ending in a non-ASCII space (U+2002, U+3000…) joins
                    // the spaces after it (WB3d): give ICU those spaces too, and
                    // the next chunk with them when it is not ASCII either.
                    while chunkEnd < range.end && all[chunkEnd - 1] >= 0x80 {
                        var spaceEnd = chunkEnd
                        while spaceEnd < range.end && Self.isASCIISpace(all[spaceEnd]) { spaceEnd += 1 }
                        let nextEnd = Self.endOfChunk(all, from: spaceEnd, to: range.end)
                        let nextIsASCII = ASCIIScan.firstNonASCII(all, from: spaceEnd, to: nextEnd) == nil
                        chunkEnd = nextIsASCII ? spaceEnd : nextEnd
                        if nextIsASCII { break }
                    }
                    count += ASCIIWordBreaker.writeTokens(all, asciiStart..<spaceStart, to: UnsafeMutableBufferPointer(rebasing: storage[count...]))
                    let span = UnsafeBufferPointer(rebasing: all[spaceStart..<chunkEnd])
                    try breaker.forEachSegment(span) { start, end, status in
                        let kind = Self.kind(ruleStatus: status, firstScalarIn: span, at: start)
                        storage.initializeElement(at: count, to: Token(range: TextRange(start: spaceStart + start, end: spaceStart + end), kind: kind))
                        count += 1
                    }
                    asciiStart = chunkEnd
                }
                count += ASCIIWordBreaker.writeTokens(all, asciiStart..<range.end, to: UnsafeMutableBufferPointer(rebasing: storage[count...]))
            }
        }
        // A short text's array comes from the allocator's heap, where the
        // room reserved past its tokens would stay taken while the document
        // lives (many files in flight): its tokens move to an array of
        // their own size, a copy of a few microseconds.
        guard range.length < Self.rightSizedBelow else { return tokens }
        return [Token](unsafeUninitializedCapacity: tokens.count) { storage, count in
            count = storage.initialize(fromContentsOf: tokens)
        }
    }

    /// Texts shorter than this (bytes) get token arrays of their own size.
    static let rightSizedBelow = 1 << 20

    /// Tokens from ICU alone, for every byte: the reference the fast path
    /// is tested against.
    public func icuTokens(of bytes: [UInt8], in range: TextRange) throws -> [Token] {
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
        if first < 0x80 { return asciiKind(first) }  // no need to decode or ask for Unicode properties
        guard let scalar = UTF8Scalar.decode(bytes, at: offset) else { return .other }
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

extension Tokenizer {
    /// The kind of a segment that starts with this ASCII byte and has no
    /// letter or digit.
    static func asciiKind(_ byte: UInt8) -> Token.Kind {
        switch byte {
        case 0x09...0x0D, 0x20: return .whitespace
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
            return .punctuation
        default: return .other
        }
    }

    /// The end of the run of non-white-space bytes starting at `start`.
    static func endOfChunk(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end && !isASCIISpace(bytes[index]) { index += 1 }
        return index
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
