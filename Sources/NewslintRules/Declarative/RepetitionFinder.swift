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
        let units = self.units(in: document)
        // Candidates are found through a quarter of each unit's 3-grams (those
        // whose hash ends in two zero bits, the same quarter everywhere), then
        // compared in full. Postings hold only the units inside the window.
        var postings: [UInt64: [Int]] = [:]
        var repeats: [Repeat] = []
        func sampled(_ unit: TextUnit) -> [UInt64] { unit.shingles.filter { $0 & 3 == 0 } }
        for (index, unit) in units.enumerated() where unit.words >= minimumWords {
            var candidates = Set<Int>()
            for shingle in sampled(unit) {
                guard let earlier = postings[shingle], earlier.count <= Self.commonShingle else { continue }
                for other in earlier.reversed() {
                    guard other >= index - Self.window else { break }
                    candidates.insert(other)
                }
            }
            let best = candidates.compactMap { other -> (Int, Double)? in
                let shared = Self.sharedCount(unit.shingles, units[other].shingles)
                let union = unit.shingles.count + units[other].shingles.count - shared
                let similarity = union > 0 ? Double(shared) / Double(union) : 0
                return similarity >= threshold ? (other, similarity) : nil
            }.max { ($0.1, -$0.0) < ($1.1, -$1.0) }
            if let (other, similarity) = best {
                repeats.append(Repeat(range: unit.range, earlier: units[other].range, similarity: similarity))
            }
            for shingle in sampled(unit) { postings[shingle, default: []].append(index) }
        }
        return repeats
    }

    /// The number of values two sorted arrays share.
    private static func sharedCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, count = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { count += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return count
    }

    private struct TextUnit {
        let range: TextRange
        let words: Int
        /// Distinct word 3-gram hashes, sorted.
        let shingles: [UInt64]
    }

    /// The document's paragraphs (runs of lines between line breaks) or
    /// sentences, with their words' lowercase hashes in 3-grams.
    private func units(in document: Document) -> [TextUnit] {
        var bounds: [TextRange] = []
        switch unit {
        case .sentence:
            bounds = document.sentences
        case .paragraph:
            var start = document.source.contentStart
            let bytes = document.bytes
            for index in start..<bytes.count where bytes[index] == 0x0A {
                if index > start { bounds.append(TextRange(start: start, end: index)) }
                start = index + 1
            }
            if start < bytes.count { bounds.append(TextRange(start: start, end: bytes.count)) }
        }
        var units: [TextUnit] = []
        var tokenIndex = 0
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            for range in bounds {
                var hashes: [UInt64] = []
                while tokenIndex < tokens.count && tokens[tokenIndex].range.start < range.start { tokenIndex += 1 }
                var index = tokenIndex
                while index < tokens.count && tokens[index].range.end <= range.end {
                    let token = tokens[index]
                    if token.kind == .word || token.kind == .number {
                        hashes.append(WordHash.of(UnsafeBufferPointer(rebasing: bytes[token.range.start..<token.range.end]), lowercasing: true))
                    }
                    index += 1
                }
                var shingles: [UInt64] = []
                if hashes.count >= max(Self.shingleLength, minimumWords) {
                    for start in 0...(hashes.count - Self.shingleLength) {
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        for offset in 0..<Self.shingleLength { hash = (hash ^ hashes[start + offset]) &* 0x100_0000_01b3 }
                        shingles.append(hash)
                    }
                    shingles.sort()
                    var unique = 0
                    for value in shingles where unique == 0 || shingles[unique - 1] != value {
                        shingles[unique] = value
                        unique += 1
                    }
                    shingles.removeLast(shingles.count - unique)
                }
                // Trim spaces (and blanked markup) and the line break at the edges.
                var begin = range.start, end = range.end
                while begin < end && (bytes[begin] == 0x20 || bytes[begin] == 0x09) { begin += 1 }
                while end > begin && (bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20) { end -= 1 }
                units.append(TextUnit(range: TextRange(start: begin, end: end), words: hashes.count, shingles: shingles))
            }
        }
        return units
    }
}
