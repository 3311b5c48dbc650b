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
        // compared in full. Only the postings inside the window are read, and
        // a 3-gram's stop growing once it is too common to be evidence. The
        // table is sized for the sampled 3-grams: most are distinct.
        var postings = ShinglePostings(expectedKeys: sampled.count)
        var repeats: [Repeat] = []
        var candidates: [Int] = []
        // The slots of the unit's sampled 3-grams, found once for reading
        // their postings and again used for adding the unit to them.
        var slots: [Int] = []
        // A unit's full set of 3-grams is made only when it is compared
        // (most units share no sampled 3-gram with a recent one), from its
        // words' hashes again: keeping every unit's 3-grams would cost a
        // word's worth of memory for each word of the document.
        var sets = [ShingleSet?](repeating: nil, count: units.count)
        let tokenHashes = TokenHashes.shared(document)
        var hashes: [UInt64] = [], shingles: [UInt64] = []
        func set(_ index: Int) -> ShingleSet {
            if let made = sets[index] { return made }
            wordHashes(of: units[index], in: document, tokenHashes, into: &hashes)
            shingles.removeAll(keepingCapacity: true)
            appendShingles(of: hashes, to: &shingles)
            let made = ShingleSet(shingles[...])
            sets[index] = made
            return made
        }
        for (index, unit) in units.enumerated() where unit.words >= minimumWords {
            candidates.removeAll(keepingCapacity: true)
            slots.removeAll(keepingCapacity: true)
            postings.reserve(unit.sampled.count)
            // All the slots first: the probes do not wait on each other, so
            // the processor overlaps their cache misses.
            for shingle in sampled[unit.sampled] {
                slots.append(postings.slot(of: shingle))
            }
            for slot in slots {
                var (count, posting) = postings.postings(at: slot)
                guard count <= Self.commonShingle else { continue }
                while posting >= 0 {
                    let other = postings.unit(of: posting)
                    guard other >= index - Self.window else { break }
                    if !candidates.contains(other) { candidates.append(other) }
                    posting = postings.posting(before: posting)
                }
            }
            let best = candidates.compactMap { other -> (Int, Double)? in
                let mine = set(index), theirs = set(other)
                let shared = mine.sharedCount(with: theirs)
                let union = mine.values.count + theirs.values.count - shared
                let similarity = union > 0 ? Double(shared) / Double(union) : 0
                return similarity >= threshold ? (other, similarity) : nil
            }.max { ($0.1, -$0.0) < ($1.1, -$1.0) }
            if let (other, similarity) = best {
                repeats.append(Repeat(range: unit.range, earlier: units[other].range, similarity: similarity))
            }
            for slot in slots {
                postings.add(index, at: slot, limit: Self.commonShingle + 1)
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
        var hashes: [UInt64] = [], shingles: [UInt64] = []
        let tokenHashes = TokenHashes.shared(document)
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                var tokenIndex = 0
                func add(_ range: TextRange) {
                    while tokenIndex < tokens.count && tokens[tokenIndex].range.start < range.start { tokenIndex += 1 }
                    var end = tokenIndex
                    while end < tokens.count && tokens[end].range.end <= range.end { end += 1 }
                    let unitTokens = tokenIndex..<end
                    wordHashes(of: unitTokens, tokens, tokenHashes, into: &hashes)
                    // Trim spaces (and blanked markup) and the line break at the edges.
                    var begin = range.start, last = range.end
                    while begin < last && (bytes[begin] == 0x20 || bytes[begin] == 0x09) { begin += 1 }
                    while last > begin && (bytes[last - 1] == 0x0D || bytes[last - 1] == 0x20) { last -= 1 }
                    shingles.removeAll(keepingCapacity: true)
                    appendShingles(of: hashes, to: &shingles)
                    let first = sampled.count
                    for shingle in shingles where shingle & 3 == 0 { sampled.append(shingle) }
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
            }
        }
        return (units, sampled)
    }

    /// The lowercase hashes of the words and numbers among `tokens`.
    private func wordHashes(of range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, _ tokenHashes: TokenHashes,
                            into hashes: inout [UInt64]) {
        hashes.removeAll(keepingCapacity: true)
        for index in range where tokens[index].kind == .word || tokens[index].kind == .number {
            hashes.append(tokenHashes[index])
        }
    }

    private func wordHashes(of unit: TextUnit, in document: Document, _ tokenHashes: TokenHashes, into hashes: inout [UInt64]) {
        document.tokens.withUnsafeBufferPointer { wordHashes(of: unit.tokens, $0, tokenHashes, into: &hashes) }
    }

    /// Appends the 3-gram hashes of a unit's word hashes; none for a unit
    /// too short to be judged.
    private func appendShingles(of hashes: [UInt64], to shingles: inout [UInt64]) {
        guard hashes.count >= max(Self.shingleLength, minimumWords) else { return }
        for start in 0...(hashes.count - Self.shingleLength) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for offset in 0..<Self.shingleLength { hash = (hash ^ hashes[start + offset]) &* 0x100_0000_01b3 }
            shingles.append(hash)
        }
    }
}
