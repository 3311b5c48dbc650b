import NewslintCore
import NewslintText

/// How a document uses its words: how often each occurs, whether a piece
/// of a glued word stands alone somewhere, which words appear capitalised
/// inside sentences (names), and which pairs of words stand side by side.
/// Built in one pass; words are kept as 64-bit hashes, so counting
/// allocates nothing per word.
struct WordUsage: Sendable {
    /// Occurrences by the hash of the lowercased word.
    private var counts: HashCounter
    /// Occurrences with a capital inside a sentence, by the hash of the word as written.
    private var capitalisedInside: HashCounter
    /// Of the pairs asked for in `findPairs`, those the document has.
    private var foundPairs = HashCounter()
    /// The lowercase hash of each token that is a word (| 1), else 0.
    private var wordHashes: [UInt64]
    private let document: Document

    /// Computed once per document; a rule that looks for pairs works on its own copy.
    static func shared(_ document: Document) -> WordUsage {
        document.cache.value { WordUsage(document, sentenceStarts: .shared(document)) }
    }

    init(_ document: Document, sentenceStarts: SentenceStarts) {
        self.document = document
        var wordHashes = HugePages.array(repeating: UInt64(0), count: document.tokens.count)
        // Capitalised words inside sentences, by their hash as written.
        var capitalised: [UInt64] = []
        let starts = sentenceStarts.sortedOffsets
        var nextStart = 0
        let tokenHashes = TokenHashes.shared(document)
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                wordHashes.withUnsafeMutableBufferPointer { wordHashes in
                    for index in 0..<tokens.count where tokens[index].kind == .word {
                        let range = tokens[index].range
                        let end = endWithoutPossessive(bytes, range)
                        let word = UnsafeBufferPointer(rebasing: bytes[range.start..<end])
                        // The shared hash is of the whole token, a possessive included.
                        let lower = end == range.end ? tokenHashes[index] : WordHash.of(word, lowercasing: true)
                        wordHashes[index] = lower | 1  // 0 marks "no word"
                        guard bytes[range.start].isASCIIUppercase else { continue }
                        while nextStart < starts.count && starts[nextStart] < range.start { nextStart += 1 }
                        if nextStart == starts.count || starts[nextStart] != range.start {
                            capitalised.append(WordHash.of(word, lowercasing: false) | 1)
                        }
                    }
                }
            }
        }
        var counts = HashCounter(capacity: min(document.tokens.count / 8, 4096)), capitalisedInside = HashCounter()
        wordHashes.withUnsafeBufferPointer { counts.add(nonZeroOf: $0) }
        capitalised.withUnsafeBufferPointer { capitalisedInside.add(nonZeroOf: $0) }
        self.counts = counts
        self.capitalisedInside = capitalisedInside
        self.wordHashes = wordHashes
    }

    /// Looks for these pairs of words (lowercase, side by side, separated
    /// by spaces) in one pass over the words' hashes, so `pairAppears` can
    /// answer for them. Only the few pairs the candidates need are kept,
    /// not every pair of the document.
    mutating func findPairs(_ wanted: [(ArraySlice<UInt8>, ArraySlice<UInt8>)]) {
        guard !wanted.isEmpty else { return }
        var wantedHashes = HashCounter(capacity: wanted.count)
        // A bit for each wanted first word (by 12 bits of its hash): most
        // words start no wanted pair, and this answers for them.
        var firstWordBits = [UInt64](repeating: 0, count: 64)
        for (first, second) in wanted {
            wantedHashes.add(Self.pairHash(first, second))
            let hash = WordHash.of(first, lowercasing: true) | 1
            firstWordBits[Int(hash >> 6 & 63)] |= 1 << (hash & 63)
        }
        var found: [UInt64] = []
        document.bytes.withUnsafeBufferPointer { bytes in
        document.tokens.withUnsafeBufferPointer { tokens in
        wordHashes.withUnsafeBufferPointer { wordHashes in
        firstWordBits.withUnsafeBufferPointer { firstWordBits in
            var index = 0
            while index + 2 < tokens.count {
                let first = wordHashes[index]
                index += 1
                guard first != 0, firstWordBits[Int(first >> 6 & 63)] & (1 << (first & 63)) != 0 else { continue }
                let second = wordHashes[index + 1]
                guard second != 0, tokens[index].kind == .whitespace else { continue }
                let gap = tokens[index].range
                guard bytes[gap.start..<gap.end].allSatisfy(\.isHorizontalSpace) else { continue }
                let hash = Self.pairHash(first, second)
                if wantedHashes.count(hash) > 0 { found.append(hash) }
            }
        }}}}
        for hash in found { foundPairs.add(hash) }
    }

    func count(of word: [UInt8]) -> Int { counts.count(WordHash.of(word, lowercasing: true) | 1) }
    func standsAlone(_ piece: ArraySlice<UInt8>) -> Bool { counts.count(WordHash.of(piece, lowercasing: true) | 1) > 0 }

    /// How often `word`, as written, appears capitalised inside a sentence.
    func capitalisedInsideSentences(_ word: ArraySlice<UInt8>) -> Int {
        capitalisedInside.count(WordHash.of(word, lowercasing: false) | 1)
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
