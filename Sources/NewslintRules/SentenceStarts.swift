import NewslintCore

/// Offsets of the words that begin a sentence or a line (headlines).
struct SentenceStarts: Sendable {
    /// Sorted offsets.
    private var starts: [Int] = []

    /// Computed once per document, in the pass that counts its words.
    static func shared(_ document: Document) -> SentenceStarts {
        WordUsage.shared(document).sentenceStarts
    }

    private init(sortedOffsets: [Int]) {
        starts = sortedOffsets
    }

    /// The offsets, in order.
    var offsets: [Int] { starts }

    /// Whether a word at `offset` starts a sentence or a line.
    func contains(_ offset: Int) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && starts[low] == offset
    }

    /// Reads a document's tokens in order, one call each, and tells which
    /// words start a sentence or follow a line break; a pass over the
    /// tokens for other reasons can find the starts on the way.
    struct Tracker {
        private let bytes: [UInt8]
        private let sentences: [TextRange]
        private var sentenceIndex = 0
        /// The end of the sentence being read, kept at hand: most tokens are inside it.
        private var sentenceEnd: Int
        private var expectingStart = true
        private var previousWasLineBreak = true
        private(set) var offsets: [Int] = []

        init(_ document: Document) {
            bytes = document.bytes
            sentences = document.sentences
            sentenceEnd = sentences.first?.end ?? Int.max
        }

        /// Whether `token`, the next token of the document, is a word that
        /// starts a sentence or a line; such words are kept in `offsets`.
        @inline(__always)
        mutating func startsSentence(_ token: Token) -> Bool {
            let range = token.range
            while sentenceEnd <= range.start {
                sentenceIndex += 1
                sentenceEnd = sentenceIndex < sentences.count ? sentences[sentenceIndex].end : Int.max
                expectingStart = true
            }
            let kind = token.kind
            if kind == .whitespace {
                // A single space, the usual case, is no line break.
                if range.length > 1 || bytes[range.start] != 0x20,
                   bytes[range.start..<range.end].contains(where: \.isLineBreak) { previousWasLineBreak = true }
                return false
            }
            let starts = kind == .word && (expectingStart || previousWasLineBreak)
            if starts { offsets.append(range.start) }
            if kind == .word || kind == .number { expectingStart = false }
            previousWasLineBreak = false
            return starts
        }

        var sentenceStarts: SentenceStarts { SentenceStarts(sortedOffsets: offsets) }
    }
}
