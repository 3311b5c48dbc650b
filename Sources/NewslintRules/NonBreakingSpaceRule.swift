import NewslintCore

/// Non-breaking spaces that stand where a plain space is meant.
public struct NonBreakingSpaceRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "non-breaking-space",
        category: .unicode,
        summary: "A non-breaking space where a plain space is meant",
        rationale: """
            Non-breaking spaces (U+00A0, U+202F, U+2007) arrive with copy pasted from web pages and word \
            processors. They are right between a number and its unit (10 km), after a title (Mr.) or \
            before French : ; ! ?, so the rule reports only the cases that are certainly accidental: a \
            non-breaking space next to another space, a run of them, or one at the start or end of a \
            line. The fix turns the whole run into one plain space (or removes it at a line's edge) and \
            is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "the⟦ \u{00A0}⟧conflict",
                "the⟦\u{00A0}\u{00A0}⟧conflict",
                "⟦\u{00A0}⟧Hanoi (VNA)",
                "end of line⟦\u{202F}⟧\nnext",
            ],
            nonTriggering: [
                "a 10\u{00A0}km road",
                "Mr.\u{00A0}Son",
                "Quelle idée\u{00A0}!",
                "Ho\u{00A0}Chi\u{00A0}Minh City",
            ],
            corrections: [
                .init("the \u{00A0}conflict and\u{00A0}\u{00A0}talks\u{00A0}", "the conflict and talks"),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        var diagnostics: [Diagnostic] = []
        for line in document.lineContentRanges {
            // A non-breaking space is not ASCII: a line without such a byte
            // has none, and a run holding one starts where the spaces before
            // the line's first such byte start.
            guard var offset = bytes.withUnsafeBufferPointer({ ASCIIScan.firstNonASCII($0, from: line.start, to: line.end) })
            else { continue }
            while offset > line.start && bytes[offset - 1].isHorizontalSpace { offset -= 1 }
            while offset < line.end {
                guard let (runEnd, nonBreaking) = spaceRun(from: offset, lineEnd: line.end, bytes: bytes) else {
                    offset += 1
                    continue
                }
                let run = TextRange(start: offset, end: runEnd)
                offset = runEnd
                let atEdge = run.start == line.start || run.end == line.end
                guard nonBreaking > 0, atEdge || run.length > Self.nonBreakingLength(bytes, run.start) else { continue }
                let replacement = atEdge ? "" : " "
                diagnostics.append(metadata.diagnostic(
                    run, atEdge ? "non-breaking space at the edge of a line" : "non-breaking space beside other spaces",
                    fix: Fix(Edit(range: run, replacement: replacement), applicability: .safe)))
            }
        }
        return diagnostics
    }

    /// The end of a run of spaces (plain or non-breaking) starting at
    /// `offset` and how many of them are non-breaking, or nil when no such
    /// run starts there.
    private func spaceRun(from offset: Int, lineEnd: Int, bytes: [UInt8]) -> (end: Int, nonBreaking: Int)? {
        var end = offset
        var nonBreaking = 0
        while end < lineEnd {
            if bytes[end].isHorizontalSpace {
                end += 1
            } else if let length = Self.nonBreakingSpaceLength(bytes, at: end, limit: lineEnd) {
                end += length
                nonBreaking += 1
            } else {
                break
            }
        }
        return end > offset ? (end, nonBreaking) : nil
    }

    /// The byte length of a single space character at `offset`, so a run
    /// longer than it holds two or more spaces.
    private static func nonBreakingLength(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[offset].isHorizontalSpace ? 1 : (nonBreakingSpaceLength(bytes, at: offset, limit: bytes.count) ?? 1)
    }

    /// 2 for U+00A0, 3 for U+202F and U+2007, nil for anything else.
    private static func nonBreakingSpaceLength(_ bytes: [UInt8], at offset: Int, limit: Int) -> Int? {
        if offset + 1 < limit, bytes[offset] == 0xC2, bytes[offset + 1] == 0xA0 { return 2 }
        if offset + 2 < limit, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80,
           bytes[offset + 2] == 0xAF || bytes[offset + 2] == 0x87 { return 3 }
        return nil
    }
}
