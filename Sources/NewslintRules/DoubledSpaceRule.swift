import NewslintCore

/// Two or more spaces between words.
public struct DoubledSpaceRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "doubled-space",
        category: .spacing,
        summary: "Two or more spaces between words",
        rationale: """
            Runs of spaces inside a line come from retyping, pasting or old two-spaces-after-a-full-stop \
            habits; published copy wants one. Indentation at the start of a line and spaces at its end \
            (see trailing-space) are left alone, and so is a line that looks like a table aligned with \
            spaces (two or more runs of spaces, one of three or more). The fix, one space, is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "The two⟦  ⟧ministers met.",
                "He said so.⟦  ⟧Then he left.",
                "Hanoi⟦   ⟧(VNA) – talks.",
            ],
            nonTriggering: [
                "The two ministers met.",
                "    Indented quotation.",
                "Team        Won   Lost\nArsenal     10    2",
            ],
            corrections: [
                .init("The two  ministers  met.", "The two ministers met."),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let bytes = document.bytes
        // Markdown/HTML markup is blanked to spaces; those runs are not spacing.
        let markup = document.markup.isEmpty ? nil : OverlapFinder(document.markup)
        for line in document.lineContentRanges {
            let runs = bytes.withUnsafeBufferPointer { spaceRuns(in: line, of: $0) }.filter { markup?.overlapsAny($0) != true }
            let looksTabular = runs.count >= 2 && runs.contains { $0.length >= 3 }
            if looksTabular { continue }
            for run in runs {
                diagnostics.append(metadata.diagnostic(
                    run, "\(run.length) spaces where one is meant",
                    fix: Fix(Edit(range: run, replacement: " "), applicability: .safe)))
            }
        }
        return diagnostics
    }

    /// Runs of two or more U+0020 with text on both sides within the line.
    private func spaceRuns(in line: TextRange, of bytes: UnsafeBufferPointer<UInt8>) -> [TextRange] {
        var runs: [TextRange] = []
        var index = line.start
        while index < line.end && bytes[index].isHorizontalSpace { index += 1 }  // indentation
        // Only runs of two or more can be reported, so the search skips to them.
        while let start = ByteSearch.firstPair(of: 0x20, in: bytes, from: index, to: line.end) {
            index = start
            while index < line.end && bytes[index] == 0x20 { index += 1 }
            let endsLine = index == line.end || bytes[index] == 0x09
            if index - start >= 2 && !endsLine {
                runs.append(TextRange(start: start, end: index))
            }
        }
        return runs
    }
}
