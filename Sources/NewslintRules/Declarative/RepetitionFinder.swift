import NewslintCore
import NewslintText

/// Paragraphs (or sentences) that repeat an earlier one almost word for
/// word — a lead pasted twice, a caption restating the story. Each unit
/// becomes a set of word 3-grams; units that share rare 4-grams are
/// compared by Jaccard similarity, so a long document costs about one pass,
/// not a comparison of every pair.
struct RepetitionFinder {
    enum Unit: String, Sendable { case paragraph, sentence }

    struct Repeat {
        let range: TextRange
        let earlier: TextRange
        let similarity: Double
    }

    let unit: Unit
    let minimumWords: Int
    let threshold: Double

    private static let shingleLength = 3
    /// A sampled 3-gram found in more units than this is boilerplate, not evidence.
    private static let commonShingle = 16
    /// How far back a repeat is looked for, in units: a story's length. A
    /// file of many stories (an archive, a day's wire) repeats boilerplate
    /// between stories, which is not this rule's business.
    private static let window = 200

    func repeats(in document: Document) -> [Repeat] {
        let (units, sampled) = self.units(in: document)
        // Candidates are found through a quarter of each unit's 3-grams (those
        // whose hash ends in two zero bits, the same quarter everywhere), then
        // compared in full.
        // A unit under `minimumWords` has no sampled 3-grams (`shingleStarts`).
        let candidates = RepeatCandidates(
            units: units.map(\.sampled), sampled: sampled, window: Self.window, commonShingle: Self.commonShingle)
        var repeats: [Repeat] = []
        // A unit's full set of 3-grams is made only when it is compared
        // (most units share no sampled 3-gram with a recent one), from its
        // words' hashes again: keeping every unit's 3-grams would cost a
        // word's worth of memory for each word of the document.
        var sets = [ShingleSet?](repeating: nil, count: units.count)
        let tokenHashes = TokenHashes.shared(document)
        var hashes = WordHashBuffer(), shingles: [UInt64] = []
        func set(_ index: Int) -> ShingleSet {
            if let made = sets[index] { return made }
            document.tokens.withUnsafeBufferPointer { tokens in
                tokenHashes.withUnsafeBufferPointer { hashes.fill(units[index].tokens, tokens, $0) }
            }
            shingles.removeAll(keepingCapacity: true)
            hashes.withWords { words in
                for start in shingleStarts(of: words) { shingles.append(Self.shingle(at: start, of: words)) }
            }
            let made = ShingleSet(shingles[...])
            sets[index] = made
            return made
        }
        var compared: [Int] = []
        for (index, unit) in units.enumerated() where unit.words >= minimumWords {
            let others = candidates.of(index)
            guard !others.isEmpty else { continue }
            compared.removeAll(keepingCapacity: true)
            for other in others where !compared.contains(Int(other)) { compared.append(Int(other)) }
            let best = compared.compactMap { other -> (Int, Double)? in
                let mine = set(index), theirs = set(other)
                let shared = mine.sharedCount(with: theirs)
                let union = mine.values.count + theirs.values.count - shared
                let similarity = union > 0 ? Double(shared) / Double(union) : 0
                return similarity >= threshold ? (other, similarity) : nil
            }.max { ($0.1, -$0.0) < ($1.1, -$1.0) }
            if let (other, similarity) = best {
                repeats.append(Repeat(range: unit.range, earlier: units[other].range, similarity: similarity))
            }
        }
        return repeats
    }

    private struct TextUnit {
        let range: TextRange
        let words: Int
        /// Its tokens, from the first that starts in it.
        let tokens: Range<Int>
        /// Where its sampled 3-gram hashes are in the document's, in the
        /// order of the text, repeats kept.
        let sampled: Range<Int>
    }

    /// The document's paragraphs (runs of lines between line breaks) or
    /// sentences, with the sampled 3-grams of their words' lowercase
    /// hashes, all the units' in one array (one per unit cost an
    /// allocation each).
    private func units(in document: Document) -> (units: [TextUnit], sampled: [UInt64]) {
        var units: [TextUnit] = []
        // About a quarter of the 3-grams, one a word: reserved so that it
        // never grows (a growth copies into fresh pages).
        var sampled: [UInt64] = []
        sampled.reserveCapacity(document.tokens.count / 6)
        var hashes = WordHashBuffer()
        // A unit's sampled 3-grams before they join the others: written
        // whether sampled or not, the count moving on only for those that
        // are (a quarter, by their hash: too unpredictable to branch on).
        var unitSampled: [UInt64] = []
        let tokenHashes = TokenHashes.shared(document)
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
            tokenHashes.withUnsafeBufferPointer { tokenHashes in
                var tokenIndex = 0
                func add(_ range: TextRange) {
                    while tokenIndex < tokens.count && tokens[tokenIndex].range.start < range.start { tokenIndex += 1 }
                    var end = tokenIndex
                    while end < tokens.count && tokens[end].range.end <= range.end { end += 1 }
                    let unitTokens = tokenIndex..<end
                    hashes.fill(unitTokens, tokens, tokenHashes)
                    // Trim spaces (and blanked markup) and the line break at the edges.
                    var begin = range.start, last = range.end
                    while begin < last && (bytes[begin] == 0x20 || bytes[begin] == 0x09) { begin += 1 }
                    while last > begin && (bytes[last - 1] == 0x0D || bytes[last - 1] == 0x20) { last -= 1 }
                    let first = sampled.count
                    hashes.withWords { words in
                        let starts = shingleStarts(of: words)
                        if unitSampled.count < starts.count { unitSampled = [UInt64](repeating: 0, count: 2 * starts.count) }
                        var count = 0
                        unitSampled.withUnsafeMutableBufferPointer { unitSampled in
                            for start in starts {
                                let shingle = Self.shingle(at: start, of: words)
                                unitSampled[count] = shingle
                                count += shingle & 3 == 0 ? 1 : 0
                            }
                        }
                        sampled.append(contentsOf: unitSampled[..<count])
                    }
                    units.append(TextUnit(range: TextRange(start: begin, end: last), words: hashes.count,
                                          tokens: unitTokens, sampled: first..<sampled.count))
                }
                switch unit {
                case .sentence:
                    document.sentences.forEach(add)
                case .paragraph:
                    var start = document.source.contentStart
                    while start < bytes.count {
                        let end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start, to: bytes.count) ?? bytes.count
                        if end > start { add(TextRange(start: start, end: end)) }
                        start = end + 1
                    }
                }
            }}
        }
        return (units, sampled)
    }

    /// Where a unit's 3-grams start in its words' hashes; none for a unit
    /// too short to be judged.
    private func shingleStarts(of words: UnsafeBufferPointer<UInt64>) -> Range<Int> {
        words.count >= max(Self.shingleLength, minimumWords) ? 0..<(words.count - Self.shingleLength + 1) : 0..<0
    }

    /// The hash of the 3-gram of word hashes at `start`.
    @inline(__always)
    private static func shingle(at start: Int, of words: UnsafeBufferPointer<UInt64>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in 0..<shingleLength { hash = (hash ^ words[start + offset]) &* 0x100_0000_01b3 }
        return hash
    }
}

/// The lowercase hashes of one unit's words and numbers, in a buffer
/// reused from unit to unit.
private struct WordHashBuffer {
    private var hashes: [UInt64] = []
    private(set) var count = 0

    /// Fills the buffer from `range` of the tokens. Every token's hash is
    /// written and the count moves on only for words and numbers: words
    /// and the rest alternate too unpredictably to branch on.
    mutating func fill(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ tokenHashes: UnsafeBufferPointer<UInt64>) {
        if hashes.count < range.count { hashes = [UInt64](repeating: 0, count: max(range.count, 2 * hashes.count)) }
        var count = 0
        hashes.withUnsafeMutableBufferPointer { hashes in
            for index in range {
                let kind = tokens[index].kind
                hashes[count] = tokenHashes[index]
                count += kind == .word || kind == .number ? 1 : 0
            }
        }
        self.count = count
    }

    func withWords<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        hashes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
