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

    /// Appends the tokens of `bytes[range]`, which must all be ASCII.
    static func appendTokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to tokens: inout [Token]) {
        // A pointer to the table: reading a global array in the loop would
        // retain and release it on every byte.
        classes.withUnsafeBufferPointer { classes in
            appendTokens(bytes, range, classes, to: &tokens)
        }
    }

    private static func appendTokens(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ classes: UnsafeBufferPointer<UInt8>,
        to tokens: inout [Token]
    ) {
        var start = range.lowerBound
        let end = range.upperBound
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
            tokens.append(Token(range: TextRange(start: start, end: next), kind: kind))
            start = next
        }
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
