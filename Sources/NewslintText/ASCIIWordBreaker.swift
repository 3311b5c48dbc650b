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
    enum CharacterClass: UInt8 {
        case other, letter, numeric, midNumLet, midNum, extendNumLet, space, lineFeed, carriageReturn, newline
    }

    static let classes: [CharacterClass] = (0..<128).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .numeric
        case UInt8(ascii: "."), UInt8(ascii: "'"): .midNumLet
        case UInt8(ascii: ","), UInt8(ascii: ";"): .midNum
        case UInt8(ascii: "_"): .extendNumLet
        case 0x20: .space
        case 0x0A: .lineFeed
        case 0x0D: .carriageReturn
        case 0x0B, 0x0C: .newline
        default: .other
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
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ classes: UnsafeBufferPointer<CharacterClass>,
        to tokens: inout [Token]
    ) {
        var start = range.lowerBound
        let end = range.upperBound
        while start < end {
            let first = classes[Int(bytes[start])]
            var next = start + 1
            var kind: Token.Kind
            switch first {
            case .letter, .numeric, .extendNumLet:
                next = wordEnd(bytes, classes, from: start, end: end)
                kind = wordKind(bytes, classes, start..<next)
            case .space:
                while next < end && bytes[next] == 0x20 { next += 1 }
                kind = .whitespace
            case .carriageReturn:
                if next < end && bytes[next] == 0x0A { next += 1 }
                kind = .whitespace
            case .lineFeed, .newline:
                kind = .whitespace
            case .other where bytes[start] == 0x09:
                kind = .whitespace
            default:
                kind = Tokenizer.asciiKind(bytes[start])
            }
            tokens.append(Token(range: TextRange(start: start, end: next), kind: kind))
            start = next
        }
    }

    /// The end of the word segment that starts at `start`.
    private static func wordEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<CharacterClass>, from start: Int, end: Int
    ) -> Int {
        var last = start
        while last + 1 < end {
            let current = classes[Int(bytes[last])], following = classes[Int(bytes[last + 1])]
            if isWordPart(current) && isWordPart(following) {
                last += 1  // WB5, WB8, WB9, WB10, WB13a, WB13b
                continue
            }
            if last + 2 < end {
                let afterMiddle = classes[Int(bytes[last + 2])]
                let lettersAround = current == .letter && afterMiddle == .letter && following == .midNumLet  // WB6, WB7
                let digitsAround = current == .numeric && afterMiddle == .numeric
                    && (following == .midNum || following == .midNumLet)  // WB11, WB12
                if lettersAround || digitsAround {
                    last += 2
                    continue
                }
            }
            break
        }
        return last + 1
    }

    private static func isWordPart(_ characterClass: CharacterClass) -> Bool {
        characterClass == .letter || characterClass == .numeric || characterClass == .extendNumLet
    }

    /// ICU's rule status, as a kind: set by the last rule that joined two
    /// characters, which is decided by the last character (a letter: 200, a
    /// digit: 100) or, when that is "_", by the one before it (a digit: 100,
    /// else 200). A lone "_" joins nothing: status 0, punctuation.
    private static func wordKind(
        _ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<CharacterClass>, _ range: Range<Int>
    ) -> Token.Kind {
        let last = classes[Int(bytes[range.upperBound - 1])]
        switch last {
        case .letter: return .word
        case .numeric: return .number
        default:
            guard range.count > 1 else { return .punctuation }
            return classes[Int(bytes[range.upperBound - 2])] == .numeric ? .number : .word
        }
    }
}
