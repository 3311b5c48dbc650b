import NewslintCore

/// Offsets of the words that begin a sentence or a line (headlines).
struct SentenceStarts: Sendable {
    /// Sorted offsets.
    private var starts: [Int] = []

    /// Computed once per document.
    static func shared(_ document: Document) -> SentenceStarts {
        document.cache.value { SentenceStarts(document) }
    }

    init(_ document: Document) {
        var sentenceIndex = 0
        var expectingStart = true
        var previousWasLineBreak = true
        document.bytes.withUnsafeBufferPointer { bytes in
        document.tokens.withUnsafeBufferPointer { tokens in
        document.sentences.withUnsafeBufferPointer { sentences in
            // The end of the sentence being read, kept at hand: most tokens
            // are inside it.
            var sentenceEnd = sentences.first?.end ?? Int.max
            for token in tokens {
                let range = token.range
                while sentenceEnd <= range.start {
                    sentenceIndex += 1
                    sentenceEnd = sentenceIndex < sentences.count ? sentences[sentenceIndex].end : Int.max
                    expectingStart = true
                }
                if token.kind == .whitespace {
                    // A single space, the usual case, is no line break.
                    if range.length > 1 || bytes[range.start] != 0x20,
                       bytes[range.start..<range.end].contains(where: \.isLineBreak) { previousWasLineBreak = true }
                    continue
                }
                if token.kind == .word && (expectingStart || previousWasLineBreak) { starts.append(range.start) }
                if token.kind == .word || token.kind == .number { expectingStart = false }
                previousWasLineBreak = false
            }
        }}}
    }

    func contains(_ offset: Int) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && starts[low] == offset
    }

    /// The sorted offsets, for a caller that walks them alongside the tokens.
    var sortedOffsets: [Int] { starts }
}
