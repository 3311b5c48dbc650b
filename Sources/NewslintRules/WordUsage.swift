import NewslintCore
import NewslintText

/// How a document uses its words: how often each occurs, whether a piece
/// of a glued word stands alone somewhere, which words appear capitalised
/// inside sentences (names), and which pairs of words stand side by side.
/// Built in one pass over the tokens, which also finds the sentence starts;
/// words are kept as 64-bit hashes (the shared `TokenHashes`, read again to
/// find pairs), so counting allocates nothing per word.
struct WordUsage: Sendable {
    /// Occurrences by the hash of the lowercased word.
    private var counts: HashCounter
    /// Occurrences with a capital inside a sentence, by the hash of the word as written.
    private var capitalisedInside: HashCounter
    /// Of the pairs asked for in `findPairs`, those the document has.
    private var foundPairs = HashCounter()
    /// The shared lowercase hash of each word and number token (`TokenHashes`).
    private let tokenHashes: TokenHashes
    /// Found in the same pass.
    let sentenceStarts: SentenceStarts
    /// Also found in the same pass, for `StoryNames`: each word written
    /// with a capital and small letters only, four letters or more (a
    /// possessive left out), with its hash as written, in text order.
    let nameShapedWords: [(range: TextRange, hash: UInt64)]
    private let document: Document

    /// Computed once per document; a rule that looks for pairs works on its own copy.
    static func shared(_ document: Document) -> WordUsage {
        document.cache.value { WordUsage(document) }
    }

    init(_ document: Document) {
        self.document = document
        let tokenHashes = TokenHashes.shared(document)
        self.tokenHashes = tokenHashes
        var starts = SentenceStarts.Tracker(document)
        // About one distinct word in eight words of a story, far fewer in a
        // long text (the 400 articles of the dev corpus, 160,000 words, have
        // 15,000): sized for a story or two and grown as needed, the table
        // stays small enough for the processor's caches.
        var counts = HashCounter(capacity: min(document.tokens.count / 16, 1 << 14))
        var capitalisedInside = HashCounter()
        // Hashes are counted a batch at a time: the counter's loop is tight.
        var batch = [UInt64](repeating: 0, count: 1024), batched = 0
        // Room reserved for more than they will hold, so they never grow: a
        // growth copies into fresh pages (reserved pages never written cost
        // nothing).
        var capitalised: [UInt64] = [], nameShaped: [(range: TextRange, hash: UInt64)] = []
        capitalised.reserveCapacity(document.tokens.count / 8)
        nameShaped.reserveCapacity(document.tokens.count / 8)
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                tokenHashes.withUnsafeBufferPointer { tokenHashes in
                    batch.withUnsafeMutableBufferPointer { batch in
                        for index in 0..<tokens.count {
                            let token = tokens[index]
                            let atSentenceStart = starts.startsSentence(token)
                            guard token.kind == .word else { continue }
                            let range = token.range
                            let word = TextRange(start: range.start, end: endWithoutPossessive(bytes, range))
                            batch[batched] = Self.wordHash(index, range, withoutPossessive: word.end, bytes, tokenHashes)
                            batched += 1
                            if batched == batch.count {
                                counts.add(nonZeroOf: UnsafeBufferPointer(batch))
                                batched = 0
                            }
                            guard bytes[range.start].isASCIIUppercase else { continue }
                            let hash = WordHash.of(bytes, from: word.start, to: word.end, lowercasing: false)
                            if !atSentenceStart { capitalised.append(hash | 1) }
                            if word.length >= StoryNames.minimumLength,
                               bytes[(word.start + 1)..<word.end].allSatisfy(\.isASCIILowercase) {
                                nameShaped.append((word, hash))
                            }
                        }
                        counts.add(nonZeroOf: UnsafeBufferPointer(rebasing: batch[..<batched]))
                    }
                }
            }
        }
        capitalised.withUnsafeBufferPointer { capitalisedInside.add(nonZeroOf: $0) }
        sentenceStarts = starts.sentenceStarts
        nameShapedWords = nameShaped
        self.counts = counts
        self.capitalisedInside = capitalisedInside
    }

    /// The lowercase hash of word token `index` without a possessive "'s"
    /// (| 1, never 0): the shared token hash, unless there is one to leave out.
    @inline(__always)
    private static func wordHash(
        _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ tokenHashes: UnsafeBufferPointer<UInt64>
    ) -> UInt64 {
        let range = tokens[index].range
        return wordHash(index, range, withoutPossessive: endWithoutPossessive(bytes, range), bytes, tokenHashes)
    }

    /// The same, for a caller that has found where the word ends without
    /// its possessive (`end`).
    @inline(__always)
    private static func wordHash(
        _ index: Int, _ range: TextRange, withoutPossessive end: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ tokenHashes: UnsafeBufferPointer<UInt64>
    ) -> UInt64 {
        (end == range.end ? tokenHashes[index] : WordHash.of(bytes, from: range.start, to: end, lowercasing: true)) | 1
    }

    /// Looks for these pairs of words (lowercase, side by side, separated
    /// by spaces) in one pass over the words' hashes, so `pairAppears` can
    /// answer for them. Only the few pairs the candidates need are kept,
    /// not every pair of the document.
    mutating func findPairs(_ wanted: [(ArraySlice<UInt8>, ArraySlice<UInt8>)]) {
        guard !wanted.isEmpty else { return }
        var wantedHashes = HashCounter(capacity: wanted.count)
        // A bit for each wanted first word (by 16 bits of its hash), and
        // one for each wanted second word: most words start no wanted
        // pair, and of those that do (a function word starts many: "in
        // Ukraine"), most are followed by no wanted second word.
        var firstWordBits = [UInt64](repeating: 0, count: 1024)
        var secondWordBits = [UInt64](repeating: 0, count: 1024)
        // The bits are read from the shared token hashes, which keep a
        // possessive: "Son's" hashes as written.
        func setBits(of word: ArraySlice<UInt8>, in bits: inout [UInt64]) {
            for form in [Array(word), word + Array("'s".utf8), word + Array("’s".utf8)] {
                let hash = WordHash.of(form, lowercasing: true) | 1
                bits[Int(hash >> 6 & 1023)] |= 1 << (hash & 63)
            }
        }
        for (first, second) in wanted {
            wantedHashes.add(Self.pairHash(first, second))
            setBits(of: first, in: &firstWordBits)
            setBits(of: second, in: &secondWordBits)
        }
        // A pass over every token: on a large document, in chunks on two cores.
        let document = document, tokenHashes = tokenHashes
        let firstBits = firstWordBits, secondBits = secondWordBits, wanted = wantedHashes
        let chunks = SharedChunkedWork.map(count: max(0, document.tokens.count - 2), chunkSize: 1 << 18) { range in
            Self.wantedPairs(in: range, of: document, tokenHashes, firstWordBits: firstBits, secondWordBits: secondBits,
                             wanted: wanted)
        }
        for found in chunks {
            for hash in found { foundPairs.add(hash) }
        }
    }

    /// The hashes of the wanted pairs whose first word is a token in `range`.
    private static func wantedPairs(
        in range: Range<Int>, of document: Document, _ tokenHashes: TokenHashes, firstWordBits: [UInt64],
        secondWordBits: [UInt64], wanted: HashCounter
    ) -> [UInt64] {
        var found: [UInt64] = []
        document.bytes.withUnsafeBufferPointer { bytes in
        document.tokens.withUnsafeBufferPointer { tokens in
        tokenHashes.withUnsafeBufferPointer { tokenHashes in
        firstWordBits.withUnsafeBufferPointer { firstWordBits in
        secondWordBits.withUnsafeBufferPointer { secondWordBits in
            for token in range {
                let index = token + 1
                let sharedHash = tokenHashes[token] | 1
                guard firstWordBits[Int(sharedHash >> 6 & 1023)] & (1 << (sharedHash & 63)) != 0 else { continue }
                let secondHash = tokenHashes[index + 1] | 1
                guard secondWordBits[Int(secondHash >> 6 & 1023)] & (1 << (secondHash & 63)) != 0,
                      tokens[token].kind == .word, tokens[index + 1].kind == .word, tokens[index].kind == .whitespace
                else { continue }
                let gap = tokens[index].range
                guard bytes[gap.start..<gap.end].allSatisfy(\.isHorizontalSpace) else { continue }
                let first = Self.wordHash(token, bytes, tokens, tokenHashes)
                let second = Self.wordHash(index + 1, bytes, tokens, tokenHashes)
                let hash = Self.pairHash(first, second)
                if wanted.count(hash) > 0 { found.append(hash) }
            }
        }}}}}
        return found
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

    /// One hash for two words' hashes, in order.
    static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }
}
