/// Sentence boundaries in a line of ASCII text, exactly as ICU finds them
/// (UAX #29 sentence rules), without calling ICU.
///
/// In ASCII the sentence classes are few: CR and LF; Sp (tab, VT, FF,
/// space); Lower and Upper letters; Numeric digits; ATerm "."; STerm "!" and
/// "?"; Close (the quotation marks and brackets " ' ( ) [ ] { }); SContinue
/// ("," "-" ":"); everything else is Other. There is no OLetter, Sep, Extend
/// or Format. A break always follows CR, LF or CR LF (SB4), so lines are
/// independent and `SentenceSplitter` hands this one line at a time.
/// `SentenceDifferentialTests` holds it to ICU.
enum ASCIISentenceBreaker {
    private static let lower: UInt8 = 1, upper: UInt8 = 2, numeric: UInt8 = 4, aTerm: UInt8 = 8, sTerm: UInt8 = 16
    private static let close: UInt8 = 32, space: UInt8 = 64, sContinue: UInt8 = 128
    private static let letter = lower | upper, saTerm = aTerm | sTerm

    /// What stands before a position: a sentence terminator followed by
    /// Close* (`inClose`) and then Sp* (`inSpace`), or neither.
    private enum Context { case none, inClose, inSpace }

    static let classes: [UInt8] = (0..<256).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper
        case UInt8(ascii: "0")...UInt8(ascii: "9"): numeric
        case UInt8(ascii: "."): aTerm
        case UInt8(ascii: "!"), UInt8(ascii: "?"): sTerm
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): close
        case 0x09, 0x0B, 0x0C, 0x20: space
        case UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: ":"): sContinue
        default: 0  // Other, and CR and LF, which only end a line here
        }
    }

    /// Calls `body(offset)` for each boundary strictly inside `bytes[line]`,
    /// a line of ASCII text with its line break, if any, at its end.
    static func forEachBreak(in bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, _ body: (Int) -> Void) {
        classes.withUnsafeBufferPointer { classes in
            forEachBreak(bytes, line, classes, body)
        }
    }

    private static func forEachBreak(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ classes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void
    ) {
        var context = Context.none
        var termIsATerm = false
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            let current = classes[Int(byte)]
            // Most bytes are neither a terminator nor right after one: jump
            // to the next ".", "!", "?" or line end.
            if context == .none && current & saTerm == 0 && byte != 0x0A && byte != 0x0D {
                index = nextTerminatorOrLineEnd(bytes, from: index + 1, to: line.upperBound)
                continue
            }
            if byte == 0x0A || byte == 0x0D { return }  // the line ends here; the break after it is the caller's
            if context != .none && index > line.lowerBound && !continuesSentence(
                at: index, current: current, context: context, termIsATerm: termIsATerm, bytes, line, classes) {
                body(index)  // SB11
            }
            if current & saTerm != 0 {
                context = .inClose
                termIsATerm = current == aTerm
            } else if current == close && context == .inClose {
                context = .inClose
            } else if current == space && context != .none {
                context = .inSpace
            } else {
                context = .none
            }
            index += 1
        }
    }

    /// The first offset from `start` holding ".", "!", "?", LF or CR, or
    /// `end`: eight bytes at a time, by the zero-byte test on the word
    /// XORed with each wanted byte (exact for ASCII, where no byte has its
    /// top bit set).
    private static func nextTerminatorOrLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 }
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if hasZeroByte(word ^ 0x2E2E_2E2E_2E2E_2E2E) || hasZeroByte(word ^ 0x2121_2121_2121_2121)
                || hasZeroByte(word ^ 0x3F3F_3F3F_3F3F_3F3F) || hasZeroByte(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                || hasZeroByte(word ^ 0x0D0D_0D0D_0D0D_0D0D) { break }
            index += 8
        }
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A, 0x0D: return index
            default: index += 1
            }
        }
        return end
    }

    /// Whether a rule keeps the position inside the sentence after
    /// "SATerm Close* Sp*" (SB6 to SB10).
    private static func continuesSentence(
        at index: Int, current: UInt8, context: Context, termIsATerm: Bool,
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ classes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let previous = classes[Int(bytes[index - 1])]
        if previous == aTerm {
            if current == numeric { return true }  // SB6: "3.5"
            // SB7: "U.S." — an upper or lower letter, ATerm, then Upper.
            if current == upper, index - 2 >= line.lowerBound, classes[Int(bytes[index - 2])] & letter != 0 { return true }
        }
        if termIsATerm && lowerFollows(from: index, bytes, line, classes) { return true }  // SB8
        if current & (sContinue | saTerm) != 0 { return true }  // SB8a
        // SB9 and SB10 also keep a line break in the sentence; the caller
        // never asks about one.
        if context == .inClose && current & (close | space) != 0 { return true }  // SB9
        return current == space  // SB10
    }

    /// SB8: from `index`, past anything but letters, terminators and line
    /// ends, a lowercase letter comes ("etc. and", "p.m. (local)").
    private static func lowerFollows(
        from index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, _ classes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        var scan = index
        while scan < line.upperBound {
            let byte = bytes[scan]
            if byte == 0x0A || byte == 0x0D { return false }
            let kind = classes[Int(byte)]
            if kind & (letter | saTerm) != 0 { return kind == lower }
            scan += 1
        }
        return false
    }
}
