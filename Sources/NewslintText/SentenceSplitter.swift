import NewslintCore

/// Sentence boundaries by ICU's sentence break rules over the original bytes.
public final class SentenceSplitter {
    private let breaker: ICUBreakIterator

    public init() throws {
        breaker = try ICUBreakIterator(.sentence)
    }

    public func sentences(of bytes: [UInt8], in range: TextRange) throws -> [TextRange] {
        var sentences: [TextRange] = []
        try bytes.withUnsafeBufferPointer { all in
            let slice = UnsafeBufferPointer(rebasing: all[range.start..<range.end])
            try breaker.forEachSegment(slice) { start, end, _ in
                sentences.append(TextRange(start: range.start + start, end: range.start + end))
            }
        }
        return sentences
    }
}
