import NewslintCore

/// Word boundaries for text made only of ASCII bytes, exactly as ICU finds
/// them (UAX #29 with ICU's rules), without calling ICU: a table of
/// character classes and the handful of rules that apply to ASCII.
///
/// The classes, as ICU 72 has them: letters and "@" are ALetter; digits
/// Numeric; "." and "'" MidNumLet; "," and ";" MidNum; "_" ExtendNumLet;
/// ":" is not MidLetter (ICU differs from the UAX there). Space runs are one
/// segment (WB3d); CR LF is one (WB3); LF, CR, VT and FF stand alone (WB3a/b);
/// everything else is a segment of its own (WB999). `DifferentialTests` and
/// the fuzzer hold this to ICU, token for token.
enum ASCIIWordBreaker {
    /// Character classes as bits, so one table read answers "part of a word?".
    private static let letter: UInt8 = 1, numeric: UInt8 = 2, extendNumLet: UInt8 = 4
    private static let midNumLet: UInt8 = 8, midNum: UInt8 = 16
    private static let wordPart = letter | numeric | extendNumLet

    static let classes: [UInt8] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): numeric
        case UInt8(ascii: "."), UInt8(ascii: "'"): midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): midNum
        case UInt8(ascii: "_"): extendNumLet
        default: 0
        }
    }

    /// Writes the tokens of `bytes[range]`, which must all be ASCII, to the
    /// start of `output`, which has room for a token a byte; returns how many.
    static func writeTokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to output: UnsafeMutableBufferPointer<Token>) -> Int {
        precondition(output.count >= range.count, "room for a token a byte")
        // A pointer to the table: reading a global array in the loop would
        // retain and release it on every byte.
        return classes.withUnsafeBufferPointer { classes in fill(output, from: bytes, range, classes) }
    }

    /// Writes the tokens of `bytes[range]` to the start of `output` and
    /// returns how many. No token is empty, so `output`, with room for a
    /// token a byte, never fills before the range ends.
    private static func fill(
        _ output: UnsafeMutableBufferPointer<Token>, from bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        _ classes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var start = range.lowerBound
        let end = range.upperBound
        var written = 0
        while start < end {
            let byte = bytes[start]
            let first = classes[Int(byte)]
            var next = start + 1
            let kind: Token.Kind
            if first & wordPart != 0 {
                // The class of the segment's last byte and of the one before
                // it decide ICU's rule status (see `wordKind`).
                var last = first, beforeLast: UInt8 = 0
                while next < end {
                    // Most of a word is letters: eight bytes at a time while they last.
                    let letters = leadingLetters(bytes, at: next, end: end)
                    if letters > 0 {
                        beforeLast = letters > 1 ? letter : last
                        last = letter
                        next += letters
                        if letters == 8 { continue }
                        if next >= end { break }
                    }
                    let following = classes[Int(bytes[next])]
                    if following & wordPart != 0 {  // WB5, WB8, WB9, WB10, WB13a, WB13b
                        beforeLast = last
                        last = following
                        next += 1
                        continue
                    }
                    if next + 1 < end {
                        let afterMiddle = classes[Int(bytes[next + 1])]
                        let lettersAround = last == letter && afterMiddle == letter && following == midNumLet  // WB6, WB7
                        let digitsAround = last == numeric && afterMiddle == numeric
                            && (following == midNum || following == midNumLet)  // WB11, WB12
                        if lettersAround || digitsAround {
                            beforeLast = following
                            last = afterMiddle
                            next += 2
                            continue
                        }
                    }
                    break
                }
                kind = wordKind(last: last, beforeLast: beforeLast, length: next - start)
                // Prose is mostly word, one space, word: the space is a
                // segment of its own, written here without a pass of the loop.
                if next + 1 < end && bytes[next] == 0x20 && classes[Int(bytes[next + 1])] & wordPart != 0 {
                    output.initializeElement(at: written, to: Token(range: TextRange(start: start, end: next), kind: kind))
                    output.initializeElement(at: written + 1, to: Token(range: TextRange(start: next, end: next + 1), kind: .whitespace))
                    written += 2
                    start = next + 1
                    continue
                }
            } else {
                switch byte {
                case 0x20:  // a run of spaces is one segment (WB3d)
                    while next < end && bytes[next] == 0x20 { next += 1 }
                    kind = .whitespace
                case 0x0D:  // CR LF is one (WB3)
                    if next < end && bytes[next] == 0x0A { next += 1 }
                    kind = .whitespace
                case 0x0A, 0x0B, 0x0C, 0x09:
                    kind = .whitespace
                default:
                    kind = Tokenizer.asciiKind(byte)
                }
            }
            output.initializeElement(at: written, to: Token(range: TextRange(start: start, end: next), kind: kind))
            written += 1
            start = next
        }
        return written
    }

    /// How many of the eight bytes from `offset` are ASCII letters before
    /// the first that is not (8 when all are; 0 when fewer than eight bytes
    /// remain, leaving them to the byte-by-byte rules). The bytes are ASCII,
    /// so adding to one never carries into the next.
    @inline(__always)
    private static func leadingLetters(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Int {
        guard offset + 8 <= end, let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let lowered = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self) | 0x20 &* ones
        let atLeastA = lowered &+ (0x80 - 0x61) &* ones  // high bit: byte ≥ "a"
        let pastZ = lowered &+ (0x80 - 0x7B) &* ones  // high bit: byte > "z"
        let notLetter = ~(atLeastA & ~pastZ) & highBits
        return notLetter.trailingZeroBitCount >> 3
    }

    /// ICU's rule status, as a kind: set by the last rule that joined two
    /// characters, which is decided by the last character (a letter: 200, a
    /// digit: 100) or, when that is "_", by the one before it (a digit: 100,
    /// else 200). A lone "_" joins nothing: status 0, punctuation.
    private static func wordKind(last: UInt8, beforeLast: UInt8, length: Int) -> Token.Kind {
        if last == letter { return .word }
        if last == numeric { return .number }
        guard length > 1 else { return .punctuation }
        return beforeLast == numeric ? .number : .word
    }
}
