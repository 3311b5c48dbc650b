import NewslintCore

/// The same word twice in a row: "the the".
public struct RepeatedWordRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "repeated-word",
        category: .style,
        summary: "A word repeated with only spaces between",
        rationale: """
            A doubled word is a classic slip of rewriting. The comparison ignores case ("The the") but \
            never crosses a line break, since in wire copy a line is a paragraph. Spared: pairs that \
            English uses twice on purpose (had had, that that), a word that ends a hyphenated compound \
            ("a break-in in 1999"), repeats whose second word is capitalised \
            (names such as Bora Bora, Duran Duran), and words with non-ASCII letters, because \
            reduplication is grammatical in Vietnamese (ngày ngày, người người). The fix removes the \
            second word and is safe, except for words that double correctly across a phrase boundary \
            ("waiting for for years", "add to this this law"), where it is unsafe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "⟦the the⟧ ministers",
                "⟦The the⟧ ministers",
                "a deal that ⟦was was⟧ signed",
            ],
            nonTriggering: [
                "He had had enough; that that was so is clear.",
                "a holiday in Bora Bora",
                "the end of the line\nthe next paragraph",
                "người người, nhà nhà",
                "the, the",
                "stabbed in a break-in in 1999",
            ],
            corrections: [
                .init("in the the region", "in the region"),
                .init("The the talks", "The talks"),
                .init("waiting for for years", "waiting for years", applying: .unsafe),
            ]
        )
    )

    /// Words English doubles on purpose.
    private static let intentionalRepeats: Set<String> = [
        "had", "that", "bye", "chop", "knock", "no", "tut", "yada", "blah", "bla",
    ]

    /// Words that double correctly when a phrase ends with one and the next
    /// begins with it: reported, but the fix is unsafe.
    private static let ambiguousRepeats: Set<String> = ["for", "this", "is", "in", "on", "to", "out", "up"]

    public func check(_ document: Document) -> [Diagnostic] {
        let tokens = document.tokens
        let bytes = document.bytes
        var diagnostics: [Diagnostic] = []
        var index = 0
        while index + 2 < tokens.count {
            let first = tokens[index], gap = tokens[index + 1], second = tokens[index + 2]
            index += 1
            // Cheapest tests first: two words of one length, the same bytes
            // but for case, with only spaces between.
            guard first.kind == .word, second.kind == .word, gap.kind == .whitespace,
                  first.range.length == second.range.length,
                  sameIgnoringASCIICase(first.range, second.range, bytes),
                  bytes[gap.range.start..<gap.range.end].allSatisfy(\.isHorizontalSpace),
                  isPlainASCIIWord(first.range, bytes),
                  !bytes[second.range.start].isASCIIUppercase,
                  first.range.start == 0 || bytes[first.range.start - 1] != UInt8(ascii: "-")
            else { continue }
            let word = document.text(first).lowercased()
            guard !Self.intentionalRepeats.contains(word) else { continue }
            diagnostics.append(metadata.diagnostic(
                TextRange(start: first.range.start, end: second.range.end),
                "'\(document.text(second))' is repeated",
                fix: Fix(.delete(TextRange(start: gap.range.start, end: second.range.end)),
                         applicability: Self.ambiguousRepeats.contains(word) ? .unsafe : .safe)))
        }
        return diagnostics
    }

    private func sameIgnoringASCIICase(_ first: TextRange, _ second: TextRange, _ bytes: [UInt8]) -> Bool {
        for offset in 0..<first.length where bytes[first.start + offset] | 0x20 != bytes[second.start + offset] | 0x20 {
            return false
        }
        return true
    }

    private func isPlainASCIIWord(_ range: TextRange, _ bytes: [UInt8]) -> Bool {
        bytes[range.start..<range.end].allSatisfy(\.isASCIILetter)
    }
}
