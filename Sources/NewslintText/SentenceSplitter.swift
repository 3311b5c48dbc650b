import NewslintCore

/// Sentence boundaries by ICU's sentence break rules over the original bytes.
///
/// Fast path: a line break always ends a sentence (SB4), so the text is
/// taken a line at a time. A line of pure ASCII is broken by
/// `ASCIISentenceBreaker`; a run of lines holding any other byte goes to ICU
/// together with the line before it, so that ICU sees the run's first line
/// in the middle of a text, as it does in the whole text. The result is
/// ICU's, boundary for boundary.
public final class SentenceSplitter {
    private let breaker: ICUBreakIterator

    public init() throws {
        breaker = try ICUBreakIterator(.sentence)
    }

    public func sentences(of bytes: [UInt8], in range: TextRange) throws -> [TextRange] {
        guard range.length > 0 else { return [] }
        var boundaries: [Int] = [range.start]
        try bytes.withUnsafeBufferPointer { all in
            var previousLineStart = range.start
            var lineStart = range.start
            while lineStart < range.end {
                var lineEnd = Self.endOfLine(all, from: lineStart, to: range.end)
                if ASCIIScan.firstNonASCII(all, from: lineStart, to: lineEnd) == nil {
                    ASCIISentenceBreaker.forEachBreak(in: all, line: lineStart..<lineEnd) { boundaries.append($0) }
                } else {
                    // The run of lines with other bytes, to ICU in one call.
                    while lineEnd < range.end {
                        let nextEnd = Self.endOfLine(all, from: lineEnd, to: range.end)
                        if ASCIIScan.firstNonASCII(all, from: lineEnd, to: nextEnd) == nil { break }
                        lineEnd = nextEnd
                    }
                    let context = UnsafeBufferPointer(rebasing: all[previousLineStart..<lineEnd])
                    try breaker.forEachSegment(context) { _, end, _ in
                        let boundary = previousLineStart + end
                        if boundary > lineStart && boundary < lineEnd { boundaries.append(boundary) }
                    }
                }
                boundaries.append(lineEnd)
                previousLineStart = lineStart
                lineStart = lineEnd
            }
        }
        return zip(boundaries, boundaries.dropFirst()).map { TextRange(start: $0, end: $1) }
    }

    /// Sentences from ICU alone over the whole range: the reference the fast
    /// path is tested against.
    public func icuSentences(of bytes: [UInt8], in range: TextRange) throws -> [TextRange] {
        var sentences: [TextRange] = []
        try bytes.withUnsafeBufferPointer { all in
            let slice = UnsafeBufferPointer(rebasing: all[range.start..<range.end])
            try breaker.forEachSegment(slice) { start, end, _ in
                sentences.append(TextRange(start: range.start + start, end: range.start + end))
            }
        }
        return sentences
    }

    /// The end of the line starting at `start`: after its LF, CR LF or CR.
    /// memchr finds the LF; a CR before it, rare, ends the line sooner.
    private static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let lineFeed = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start, to: end) ?? end
        if let carriageReturn = ByteSearch.firstIndex(of: 0x0D, in: bytes, from: start, to: lineFeed) {
            return carriageReturn + 1 < end && bytes[carriageReturn + 1] == 0x0A ? carriageReturn + 2 : carriageReturn + 1
        }
        return lineFeed < end ? lineFeed + 1 : end
    }
}
