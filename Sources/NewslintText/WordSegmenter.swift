/// Finds the most probable ways to split a run of letters into known words
/// ("conflictin" → "conflict in") by dynamic programming over word costs:
/// the cost of a split is the sum of its pieces' costs (-ln frequency) plus
/// a penalty for each space it claims went missing.
public struct WordSegmenter: Sendable {
    public let lexicon: Lexicon
    /// Added for each space a split inserts: the prior against a missing space.
    public let joinPenalty: Float
    /// Longest piece considered, in bytes.
    public let maxPieceLength = 24

    public init(lexicon: Lexicon, joinPenalty: Float) {
        self.lexicon = lexicon
        self.joinPenalty = joinPenalty
    }

    /// A split of a word into pieces (byte ranges of the word), with its cost.
    public struct Split: Equatable, Sendable {
        public let pieces: [Range<Int>]
        public let cost: Float

        public init(pieces: [Range<Int>], cost: Float) {
            self.pieces = pieces
            self.cost = cost
        }

        /// The word with a space between the pieces.
        public func text(of word: [UInt8]) -> String {
            pieces.map { String(decoding: word[$0], as: UTF8.self) }.joined(separator: " ")
        }
    }

    /// Up to two splits of `word` into two or more pieces, cheapest first.
    /// `word` holds ASCII letters. A piece is a known word in any case, a
    /// name written with a capital, "a", or a first "I"; a piece other than the
    /// first may start with a capital only after a small letter
    /// ("inUkraine"). `adjust` may change a piece's cost from the lexicon's,
    /// for pieces the document itself uses as words.
    public func splits(
        of word: [UInt8], adjust: (ArraySlice<UInt8>, Float) -> Float = { $1 }
    ) -> [Split] {
        let count = word.count
        guard count >= 2 else { return [] }
        // best[i]: the two cheapest ways to cover word[0..<i], as
        // (cost, start of the last piece, which of best[start] it extends).
        var best = [[(cost: Float, start: Int, rank: Int)]](repeating: [], count: count + 1)
        best[0] = [(0, -1, -1)]
        word.withUnsafeBufferPointer { letters in
            for end in 1...count {
                var candidates: [(cost: Float, start: Int, rank: Int)] = []
                for start in max(0, end - maxPieceLength)..<end where !best[start].isEmpty {
                    guard let cost = pieceCost(letters, start..<end, wholeWord: start == 0 && end == count) else { continue }
                    let pieceCost = adjust(word[start..<end], cost)
                    for (rank, previous) in best[start].enumerated() {
                        let penalty = start > 0 ? joinPenalty : 0
                        candidates.append((previous.cost + pieceCost + penalty, start, rank))
                    }
                }
                candidates.sort { $0.cost < $1.cost }
                best[end] = Array(candidates.prefix(2))
            }
        }
        return best[count].indices.compactMap { rank in
            let pieces = backtrack(best, rank: rank, end: count)
            return pieces.count >= 2 ? Split(pieces: pieces, cost: best[count][rank].cost) : nil
        }
    }

    private func backtrack(_ best: [[(cost: Float, start: Int, rank: Int)]], rank: Int, end: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var end = end, rank = rank
        while end > 0 {
            let step = best[end][rank]
            pieces.append(step.start..<end)
            end = step.start
            rank = step.rank
        }
        return pieces.reversed()
    }

    /// The cost of `range` of `letters` as one piece, or nil when it cannot be one.
    private func pieceCost(_ letters: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, wholeWord: Bool) -> Float? {
        if wholeWord { return nil }  // the unsplit word is what we compare against
        let piece = UnsafeBufferPointer(rebasing: letters[range])
        let startsUpper = isUpper(piece[0])
        // No capital inside a piece; a capital start after a small letter is
        // a case boundary, which only a piece may start at.
        if piece.dropFirst().contains(where: isUpper) { return nil }
        if range.lowerBound > 0 && startsUpper && isUpper(letters[range.lowerBound - 1]) { return nil }
        if piece.count == 1 {
            // "a" anywhere; "A" and the pronoun "I" only at the start ("Ithink").
            let letter = piece[0]
            let allowed = letter == UInt8(ascii: "a")
                || (range.lowerBound == 0 && (letter == UInt8(ascii: "A") || letter == UInt8(ascii: "I")))
            return allowed ? lexicon.word(piece)?.cost : nil
        }
        if let word = lexicon.word(piece) { return word.cost }
        if startsUpper, let name = lexicon.entry(exactly: piece), name.kind == .name { return name.cost }
        return nil
    }

    private func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}
