import NewslintCore
import NewslintText

/// A word token that may be two words glued together: unknown to the
/// lexicon, made of ASCII letters, and of a shape glued words take.
struct JoinCandidate {
    enum Shape {
        /// "conflictin"
        case lowercase
        /// "Thetwo", "Sonaffirmed"
        case capitalised
        /// "inUkraine": small letters, then a capital and small letters.
        case caseBoundary
        /// Two or more capitals with small letters: "TheWorld", "theBBC",
        /// "KoloToure" — or a brand ("WhatsApp"), which is why these are
        /// split only at case changes and only with evidence.
        case mixedCase
    }

    /// The letters examined (a possessive "'s" left out).
    let range: TextRange
    let letters: [UInt8]
    let shape: Shape

    static let minimumLength = 4

    /// The word tokens the lexicon does not know, as the ranges of their
    /// letters: ASCII letters only, a possessive "'s" or "’s" left out, at
    /// least `minimumLength` long. One pass over the raw bytes; most words
    /// stop at the lexicon lookup.
    static func unknownWords(in document: Document, lexicon: Lexicon, vocabulary: UserVocabulary) -> [TextRange] {
        var unknown: [TextRange] = []
        // Words repeat (Zipf): a small direct-mapped cache of the hashes of
        // words found known saves most trips into the large table.
        var knownCache = [UInt64](repeating: 0, count: 8192)
        document.bytes.withUnsafeBufferPointer { bytes in
            for token in document.tokens where token.kind == .word && token.range.length >= minimumLength {
                var end = token.range.end
                if bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
                    if bytes[end - 2] == UInt8(ascii: "'") {
                        end -= 2
                    } else if end - token.range.start > 4 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80
                                && bytes[end - 2] == 0x99 {
                        end -= 4
                    }
                }
                guard end - token.range.start >= minimumLength else { continue }
                var allLetters = true
                for index in token.range.start..<end where !bytes[index].isASCIILetter {
                    allLetters = false
                    break
                }
                guard allLetters else { continue }
                let letters = UnsafeBufferPointer(rebasing: bytes[token.range.start..<end])
                let hash = WordHash.of(letters, lowercasing: false) | 1  // never 0, the empty mark
                let slot = Int(truncatingIfNeeded: hash >> 51)  // top 13 bits
                if knownCache[slot] == hash { continue }
                if lexicon.lookup(letters) != nil || vocabulary.contains(letters) {
                    knownCache[slot] = hash
                    continue
                }
                unknown.append(TextRange(start: token.range.start, end: end))
            }
        }
        return unknown
    }

    /// A candidate from an unknown word's letters, or nil when its shape or
    /// its surroundings say it is not two words glued together.
    init?(_ range: TextRange, in document: Document) {
        let letters = Array(document.bytes[range.start..<range.end])
        guard let shape = Self.shape(of: letters), !Self.isPartOfSomethingElse(range, in: document) else { return nil }
        self.range = range
        self.letters = letters
        self.shape = shape
    }

    private static func shape(of letters: [UInt8]) -> Shape? {
        let capitals = letters.indices.filter { letters[$0].isASCIIUppercase }
        switch capitals.count {
        case 0: return .lowercase
        case 1 where capitals[0] == 0: return .capitalised
        case 1 where capitals[0] >= 2 && capitals[0] < letters.count - 1: return .caseBoundary
        default:
            // Not all capitals (acronyms), not "iPhone"/"eBay" (one small letter first).
            let allCapitals = capitals.count == letters.count
            let oneSmallFirst = capitals.first == 1
            return allCapitals || oneSmallFirst || capitals.count == 1 ? nil : .mixedCase
        }
    }

    /// A hyphenated word, a URL or address, a hashtag or handle.
    private static func isPartOfSomethingElse(_ range: TextRange, in document: Document) -> Bool {
        let bytes = document.bytes
        let before = range.start > document.source.contentStart ? bytes[range.start - 1] : 0x20
        let after = range.end < bytes.count ? bytes[range.end] : 0x20
        if [UInt8(ascii: "-"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "/")].contains(before)
            || [UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "/")].contains(after) {
            return true
        }
        if after == UInt8(ascii: "."), range.end + 1 < bytes.count, bytes[range.end + 1].isASCIILetter { return true }
        if before == UInt8(ascii: "."), range.start >= 2, bytes[range.start - 2].isASCIILetter { return true }
        return document.isInAddress(range.start)
    }
}

/// How a document uses its words: how often each occurs, whether a piece
/// of a glued word stands alone somewhere, which words appear capitalised
/// inside sentences (names), and which pairs of words stand side by side.
/// Built in one pass; words are kept as 64-bit hashes, so counting
/// allocates nothing per word.
struct WordUsage {
    /// Occurrences by the hash of the lowercased word.
    private var counts: HashCounter
    /// Occurrences with a capital inside a sentence, by the hash of the word as written.
    private var capitalisedInside = HashCounter()
    /// Of the pairs asked for in `findPairs`, those the document has.
    private var foundPairs = HashCounter()
    /// The lowercase hash of each token that is a word (| 1), else 0.
    private var wordHashes: [UInt64]
    private let document: Document

    init(_ document: Document, sentenceStarts: SentenceStarts) {
        self.document = document
        counts = HashCounter(capacity: min(document.tokens.count / 8, 4096))
        wordHashes = [UInt64](repeating: 0, count: document.tokens.count)
        let starts = sentenceStarts.sortedOffsets
        var nextStart = 0
        document.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in document.tokens.enumerated() where token.kind == .word {
                let range = token.range
                let word = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
                let hash = WordHash.of(word, lowercasing: true) | 1  // 0 marks "no word" in wordHashes
                wordHashes[index] = hash
                counts.add(hash)
                while nextStart < starts.count && starts[nextStart] < range.start { nextStart += 1 }
                let startsSentence = nextStart < starts.count && starts[nextStart] == range.start
                if word[0].isASCIIUppercase && !startsSentence {
                    capitalisedInside.add(WordHash.of(word, lowercasing: false))
                }
            }
        }
    }

    /// Looks for these pairs of words (lowercase, side by side, separated
    /// by spaces) in one pass over the words' hashes, so `pairAppears` can
    /// answer for them. Only the few pairs the candidates need are kept,
    /// not every pair of the document.
    mutating func findPairs(_ wanted: [(ArraySlice<UInt8>, ArraySlice<UInt8>)]) {
        guard !wanted.isEmpty else { return }
        var wantedHashes = HashCounter(capacity: wanted.count)
        for (first, second) in wanted { wantedHashes.add(Self.pairHash(first, second)) }
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index + 2 < tokens.count {
                let first = wordHashes[index], second = wordHashes[index + 2]
                index += 1
                guard first != 0, second != 0, tokens[index].kind == .whitespace else { continue }
                let gap = tokens[index].range
                guard bytes[gap.start..<gap.end].allSatisfy(\.isHorizontalSpace) else { continue }
                let hash = Self.pairHash(first, second)
                if wantedHashes.count(hash) > 0 { foundPairs.add(hash) }
            }
        }
    }

    func count(of word: [UInt8]) -> Int { counts.count(WordHash.of(word, lowercasing: true) | 1) }
    func standsAlone(_ piece: ArraySlice<UInt8>) -> Bool { counts.count(WordHash.of(piece, lowercasing: true) | 1) > 0 }

    /// How often `word`, as written, appears capitalised inside a sentence.
    func capitalisedInsideSentences(_ word: ArraySlice<UInt8>) -> Int {
        capitalisedInside.count(WordHash.of(word, lowercasing: false))
    }

    /// Whether the document has `first second` as two words side by side;
    /// only for pairs given to `findPairs`.
    func pairAppears(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Bool {
        foundPairs.count(Self.pairHash(first, second)) > 0
    }

    private static func pairHash(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> UInt64 {
        pairHash(WordHash.of(first, lowercasing: true) | 1, WordHash.of(second, lowercasing: true) | 1)
    }

    private static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }
}
