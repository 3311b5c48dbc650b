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
    /// A 3-gram found in more units than this is boilerplate, not evidence.
    private static let commonShingle = 16

    func repeats(in document: Document) -> [Repeat] {
        let units = self.units(in: document)
        var shingleSets: [Set<UInt64>] = []
        var postings: [UInt64: [Int]] = [:]
        var repeats: [Repeat] = []
        for (index, unit) in units.enumerated() {
            let shingles = unit.shingles
            shingleSets.append(shingles)
            guard unit.words >= minimumWords else { continue }
            var shared: [Int: Int] = [:]
            for shingle in shingles {
                guard let earlier = postings[shingle], earlier.count <= Self.commonShingle else { continue }
                for other in earlier { shared[other, default: 0] += 1 }
            }
            let best = shared.compactMap { other, count -> (Int, Double)? in
                let union = shingles.count + shingleSets[other].count - count
                let similarity = union > 0 ? Double(count) / Double(union) : 0
                return similarity >= threshold ? (other, similarity) : nil
            }.max { $0.1 < $1.1 }
            if let (other, similarity) = best {
                repeats.append(Repeat(range: unit.range, earlier: units[other].range, similarity: similarity))
            }
            for shingle in shingles { postings[shingle, default: []].append(index) }
        }
        return repeats
    }

    private struct TextUnit {
        let range: TextRange
        let words: Int
        let shingles: Set<UInt64>
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
                var shingles = Set<UInt64>()
                if hashes.count >= Self.shingleLength {
                    for start in 0...(hashes.count - Self.shingleLength) {
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        for offset in 0..<Self.shingleLength { hash = (hash ^ hashes[start + offset]) &* 0x100_0000_01b3 }
                        shingles.insert(hash)
                    }
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
