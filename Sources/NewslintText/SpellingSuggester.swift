/// Ranks the words a misspelled word may have been meant to be: the
/// targets of the correction index within two edits (one for words of four
/// letters or fewer), scored as a noisy channel would — the cost of the
/// word meant (-ln of its frequency) plus the cost of the slip that turns
/// it into the word typed (`TypingDistance`), scaled by `editWeight`.
public struct SpellingSuggester: Sendable {
    public struct Candidate: Sendable, Equatable {
        /// The word meant, as the index writes it ("politburo", "VinFast").
        public let text: String
        public let edits: Int
        public let typingCost: Float
        public let wordCost: Float
        public let isNewsTerm: Bool
        /// Lower is likelier.
        public let score: Float
    }

    public let index: CorrectionIndex
    /// -ln probability of one ordinary slip, relative to word costs.
    public var editWeight: Float

    public init(index: CorrectionIndex = .shared, editWeight: Float = 5) {
        self.index = index
        self.editWeight = editWeight
    }

    /// The most edits worth looking at for a word this long.
    public static func maxDistance(forLength length: Int) -> Int { length <= 4 ? 1 : 2 }

    /// Candidates for `word` (ASCII letters), likeliest first.
    public func candidates(for word: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        let limit = Self.maxDistance(forLength: word.count)
        var found: [Candidate] = []
        index.forEachCandidate(of: word, maxDistance: limit) { targetIndex, key in
            guard let measure = TypingDistance.measure(typed: word, intended: key, limit: limit), measure.edits > 0 else { return }
            let target = index.target(targetIndex)
            found.append(Candidate(
                text: target.text, edits: measure.edits, typingCost: measure.cost, wordCost: target.cost,
                isNewsTerm: target.isNewsTerm, score: target.cost + editWeight * measure.cost))
        }
        return found.sorted { ($0.score, $0.text) < ($1.score, $1.text) }
    }

    public func candidates(for word: String) -> [Candidate] {
        var copy = word
        return copy.withUTF8 { candidates(for: $0) }
    }
}
