import NewslintCore
import NewslintText

/// Small helpers for rules that scan the raw UTF-8 bytes of a document.
extension UInt8 {
    /// The byte in lowercase if it is an ASCII capital.
    var asciiLowercased: UInt8 { isASCIIUppercase ? self | 0x20 : self }
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    var isASCIIUppercase: Bool { (0x41...0x5A).contains(self) }
    var isASCIILowercase: Bool { (0x61...0x7A).contains(self) }
    /// Space or tab: the white space a line may hold.
    var isHorizontalSpace: Bool { self == 0x20 || self == 0x09 }
    var isLineBreak: Bool { self == 0x0A || self == 0x0D }
    var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
}

/// Where a word's letters end, a possessive "'s" or "’s" left out:
/// "Lavrov's" counts and looks up as "Lavrov".
func endWithoutPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int {
    let end = range.end
    guard range.length > 2, bytes[end - 1] | 0x20 == UInt8(ascii: "s") else { return end }
    if bytes[end - 2] == UInt8(ascii: "'") { return end - 2 }
    if range.length > 4 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && bytes[end - 2] == 0x99 { return end - 4 }
    return end
}

/// The end of a word without a possessive or a contracted ending: "'s",
/// "n't", "'ll", "'re", "'ve", "'d", "'m" (either apostrophe), so a word
/// glued to the one before survives contraction: "whodon't" is examined as
/// "whodo", "confidentthey'll" as "confidentthey".
func endWithoutContraction(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Int {
    // Called for every word: the ending is read back from the end, with
    // no arrays (a loop over a list of endings retained and released it
    // for every word).
    let end = range.end
    var index = end - 1
    while index > range.start && end - index <= 2 && bytes[index].isASCIILetter { index -= 1 }
    let letters = end - 1 - index
    guard letters >= 1, index > range.start else { return end }
    // The apostrophe as "'" or as "’" (three bytes).
    let apostrophe: Int
    if bytes[index] == UInt8(ascii: "'") {
        apostrophe = index
    } else if bytes[index] == 0x99 && index - 2 > range.start && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2 {
        apostrophe = index - 2
    } else {
        return end
    }
    let first = bytes[index + 1] | 0x20
    if letters == 1 {
        switch first {
        case UInt8(ascii: "s"), UInt8(ascii: "d"), UInt8(ascii: "m"): return apostrophe
        case UInt8(ascii: "t"): return endWithoutNegation(bytes, range, apostrophe: apostrophe)
        default: return end
        }
    }
    let second = bytes[index + 2] | 0x20
    let pair = (first, second)
    let contracted = pair == (UInt8(ascii: "l"), UInt8(ascii: "l")) || pair == (UInt8(ascii: "r"), UInt8(ascii: "e"))
        || pair == (UInt8(ascii: "v"), UInt8(ascii: "e"))
    return contracted ? apostrophe : end
}

/// "n't" goes with its "n" ("doesn't" is "does" and "n't"), except after
/// the "ca" of "can't" and the "wo" of "won't", which are no words.
private func endWithoutNegation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, apostrophe: Int) -> Int {
    let n = apostrophe - 1
    guard n > range.start, bytes[n] | 0x20 == UInt8(ascii: "n") else { return range.end }
    if n - 2 >= range.start {
        let before = (bytes[n - 2] | 0x20, bytes[n - 1] | 0x20)
        if before == (UInt8(ascii: "c"), UInt8(ascii: "a")) || before == (UInt8(ascii: "w"), UInt8(ascii: "o")) { return apostrophe }
    }
    return n
}

/// The end of the word whose `letters` `endWithoutContraction` examined,
/// with the contracted ending it left out ("n't", "'ll"…); the letters'
/// own end when it left out none, or only a possessive.
func endWithContraction(_ bytes: [UInt8], letters: TextRange) -> Int {
    var index = letters.end
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "n") { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
        index += 1
    } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
        index += 3
    } else {
        return letters.end
    }
    while index < bytes.count, bytes[index].isASCIILetter { index += 1 }
    let word = TextRange(start: letters.start, end: index)
    return bytes.withUnsafeBufferPointer { bytes in
        let possessive = endWithoutPossessive(bytes, word) != word.end
        return !possessive && endWithoutContraction(bytes, word) == letters.end ? word.end : letters.end
    }
}

extension Document {
    /// The windows of the content around each byte where `isHit` holds:
    /// extended both ways over the bytes `extends` accepts, each window
    /// given once and in order. Rules that look for rare characters scan
    /// the bytes this way and decode only the few windows found.
    ///
    /// `isHit` is never true on an ASCII byte: runs of ASCII are skipped
    /// eight bytes at a time without asking it.
    func windows(
        around isHit: (UnsafeBufferPointer<UInt8>, Int) -> Bool, extendingOver extends: (UInt8) -> Bool
    ) -> [TextRange] {
        var windows: [TextRange] = []
        bytes.withUnsafeBufferPointer { bytes in
            let start = source.contentStart
            var index = start
            while index < bytes.count {
                guard let hit = ASCIIScan.firstNonASCII(bytes, from: index, to: bytes.count) else { break }
                index = hit
                guard isHit(bytes, index) else { index += 1; continue }
                var low = index, high = index
                while low > start && extends(bytes[low - 1]) { low -= 1 }
                while high < bytes.count && extends(bytes[high]) { high += 1 }
                windows.append(TextRange(start: low, end: max(high, index + 1)))
                index = max(high, index + 1)
            }
        }
        return windows
    }

    /// The scalar that starts at `offset`, or nil at the end of the content.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        let bytes = self.bytes
        guard offset >= source.contentStart, offset < bytes.count else { return nil }
        return UTF8Scalar.decode(bytes, at: offset)
    }

    /// The offset where the scalar ending just before `offset` starts.
    func startOfScalar(before offset: Int) -> Int? {
        let bytes = self.bytes, contentStart = source.contentStart
        guard offset > contentStart else { return nil }
        var index = offset - 1
        while index > contentStart && bytes[index].isUTF8Continuation { index -= 1 }
        return index
    }

    /// The scalar that ends just before `offset`, or nil at the start.
    func scalar(before offset: Int) -> Unicode.Scalar? {
        guard let start = startOfScalar(before: offset) else { return nil }
        return scalar(at: start)
    }

    /// Every line's content range (without its terminator), computed as
    /// it is read: four rules walk the lines, and none needs them stored.
    var lineContentRanges: LazyMapSequence<Range<Int>, TextRange> {
        let lineIndex = source.lineIndex, bytes = bytes
        return (0..<lineIndex.lineCount).lazy.map { lineIndex.contentRange(ofLine: $0, in: bytes) }
    }

    /// The run of non-white-space bytes around `offset` (a "word" in the
    /// loose sense of a URL or an e-mail address).
    func chunk(around offset: Int) -> TextRange {
        let bytes = self.bytes, contentStart = source.contentStart
        var start = offset
        while start > contentStart && !Self.isChunkBreak(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count && !Self.isChunkBreak(bytes[end]) { end += 1 }
        return TextRange(start: start, end: end)
    }

    private static func isChunkBreak(_ byte: UInt8) -> Bool {
        byte.isHorizontalSpace || byte.isLineBreak
    }
}

extension Unicode.Scalar {
    var isLetter: Bool { properties.isAlphabetic }
    var isLetterOrDigit: Bool { properties.isAlphabetic || properties.numericType != nil }
}

extension Document {
    /// The index of the token that starts at byte `start` (tokens are in order).
    func tokenIndex(startingAt start: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.start < start { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count && tokens[low].range.start == start ? low : nil
    }

    private static let www = packedWord("www.".utf8)

    /// Whether the run of non-white-space text around `offset` is a URL, an
    /// e-mail address or a handle, where punctuation follows other rules
    /// than in prose.
    func isInAddress(_ offset: Int) -> Bool {
        let chunk = self.chunk(around: offset)
        let text = bytes[chunk.start..<chunk.end]
        if text.contains(UInt8(ascii: "@")) { return true }
        // "www." in any case, compared in place: called for every unknown word.
        if text.count >= 4 && packedWord(text.prefix(4)) | 0x2020_2020 == Self.www { return true }
        var index = text.startIndex
        while index + 2 < text.endIndex {
            if text[index] == UInt8(ascii: ":") && text[index + 1] == UInt8(ascii: "/") && text[index + 2] == UInt8(ascii: "/") {
                return true
            }
            index += 1
        }
        return false
    }
}

/// How the typography rules settle two forms of one mark in a story (straight
/// or curly, "..." or "…"): the more frequent form stays, and on a tie the
/// one used first. Both lists hold offsets in document order, neither empty.
func keepsFirstForm(_ first: [Int], over second: [Int]) -> Bool {
    first.count > second.count || (first.count == second.count && first[0] < second[0])
}

/// Up to eight bytes of a word as one number, the first byte lowest: a
/// short word compared with a set of them in one step. No byte of a word
/// is 0, so words of different lengths differ.
func packedWord(_ bytes: some BidirectionalCollection<UInt8>) -> UInt64 {
    bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
}

/// `packedWord` of a token's first bytes, up to eight, each with 0x20 set
/// (ASCII capitals read as small letters): for a filter every token goes
/// through, so read with one load where the text allows and no branch
/// on the token's length.
@inline(__always)
func packedLowercasePrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> UInt64 {
    let length = min(range.length, 8)
    guard length > 0 else { return 0 }
    let raw = range.start + 8 <= bytes.count
        ? UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + range.start).loadUnaligned(as: UInt64.self))
        : packedWord(bytes[range.start..<(range.start + length)])  // the text's last bytes
    let unused = UInt64(64 - 8 * length)  // bits past the prefix
    return (raw << unused) >> unused | 0x2020_2020_2020_2020 >> unused
}

/// Whether the bytes of `range` are `word` (given in lowercase), ASCII
/// capitals read as small letters.
func bytes<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at range: TextRange, equalLowercase word: [UInt8]) -> Bool
where Bytes.Index == Int {
    guard range.length == word.count else { return false }
    for (offset, expected) in word.enumerated() where bytes[range.start + offset].asciiLowercased != expected {
        return false
    }
    return true
}

/// The word tokens that hold a byte ≥ 0x80, in order — the only words the
/// Unicode and Vietnamese rules look at — found once per document by
/// skipping the text's ASCII eight bytes at a time.
struct NonASCIIWords: Sendable {
    let ranges: [TextRange]

    static func of(_ document: Document) -> [TextRange] {
        document.cache.value { NonASCIIWords(document) }.ranges
    }

    private init(_ document: Document) {
        var ranges: [TextRange] = []
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            var index = 0, token = 0
            while let hit = ASCIIScan.firstNonASCII(bytes, from: index, to: bytes.count) {
                while token < tokens.count && tokens[token].range.end <= hit { token += 1 }
                guard token < tokens.count else { break }
                let range = tokens[token].range
                if range.start <= hit && tokens[token].kind == .word { ranges.append(range) }
                index = max(range.end, hit + 1)
            }
        }
        self.ranges = ranges
    }
}
