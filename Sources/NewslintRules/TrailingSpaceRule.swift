import NewslintCore

/// Spaces or tabs at the end of a line.
public struct TrailingSpaceRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "trailing-space",
        category: .spacing,
        summary: "Spaces or tabs at the end of a line",
        rationale: """
            Trailing white space is invisible in an editor, shows up as noise in every diff of a story, \
            and can break a CMS's paragraph detection. In Markdown two or more trailing spaces are a \
            hard line break and are left alone. The fix, removing them, is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "The two ministers met.⟦ ⟧\nThey talked.",
                "Hanoi (VNA) –⟦ \t⟧\r\nText",
                "Last line⟦  ⟧",
            ],
            nonTriggering: [
                "The two ministers met.\nThey talked.\n",
                "No newline at the end",
            ],
            corrections: [
                .init("One.  \r\nTwo. \r\n", "One.\r\nTwo.\r\n"),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        var diagnostics: [Diagnostic] = []
        for line in document.lineContentRanges {
            var start = line.end
            while start > line.start && bytes[start - 1].isHorizontalSpace { start -= 1 }
            guard start < line.end else { continue }
            let run = TextRange(start: start, end: line.end)
            let isMarkdownBreak = document.format == .markdown && start > line.start
                && run.length >= 2 && bytes[start..<line.end].allSatisfy { $0 == 0x20 }
            if isMarkdownBreak { continue }
            diagnostics.append(metadata.diagnostic(
                run, "white space at the end of the line",
                fix: Fix(.delete(run), applicability: .safe)))
        }
        return diagnostics
    }
}
