import NewslintCore

/// Real words that stand where two words belong: "inline with" for "in
/// line with", "sometime ago" for "some time ago".
public struct JoinedPhraseRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "joined-phrase",
        category: .spacing,
        summary: "A word that should be two in this phrase (\"inline with\" → \"in line with\")",
        rationale: """
            Some glued pairs are words in their own right, so neither a spell checker nor joined-words \
            can see them; only the phrase around them shows the space is missing. The rule knows a short \
            list of such phrases. The first letter's case is kept. Fixes are safe where the phrase has one \
            reading and unsafe where the word may be meant ("apart of" is almost always "a part of", but \
            not always).
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "a solution which is ⟦inline with⟧ international law",
                "⟦Inline with⟧ the plan, they met",
                "it happened ⟦sometime ago⟧",
                "they are ⟦apart of⟧ the team",
            ],
            nonTriggering: [
                "a solution in line with international law",
                "an inline skater with a helmet",
                "sometime next year",
                "apart from that",
            ],
            corrections: [
                .init("Inline with the law, awhile ago", "In line with the law, a while ago"),
                .init("apart of it", "a part of it", applying: .unsafe),
            ]
        )
    )

    struct Phrase {
        /// The phrase as it is wrongly written, lowercase, one word a string.
        let words: [String]
        /// What the first word becomes; the other words stay.
        let replacement: String
        let applicability: Applicability
    }

    static let phrases = [
        Phrase(words: ["inline", "with"], replacement: "in line", applicability: .safe),
        Phrase(words: ["sometime", "ago"], replacement: "some time", applicability: .safe),
        Phrase(words: ["awhile", "ago"], replacement: "a while", applicability: .safe),
        Phrase(words: ["incase", "of"], replacement: "in case", applicability: .safe),
        Phrase(words: ["apart", "of"], replacement: "a part", applicability: .unsafe),
    ]

    public func check(_ document: Document) -> [Diagnostic] {
        let words = document.tokens.enumerated().filter { $0.element.kind == .word }
        var diagnostics: [Diagnostic] = []
        for (position, (_, token)) in words.enumerated() {
            let first = document.text(token).lowercased()
            for phrase in Self.phrases where phrase.words[0] == first && position + phrase.words.count <= words.count {
                let following = words[position..<(position + phrase.words.count)]
                guard zip(following, phrase.words).allSatisfy({ document.text($0.element).lowercased() == $1 }),
                      isContiguous(following.map(\.offset), in: document)
                else { continue }
                let end = following.last!.element.range.end
                let range = TextRange(start: token.range.start, end: end)
                let replacement = matchingCase(phrase.replacement, to: document.text(token))
                diagnostics.append(metadata.diagnostic(
                    range, "'\(document.text(range))' should be '\(replacement) \(phrase.words.dropFirst().joined(separator: " "))'",
                    fix: Fix(Edit(range: token.range, replacement: replacement), applicability: phrase.applicability)))
            }
        }
        return diagnostics
    }

    /// Whether the tokens at these indices are separated only by spaces.
    private func isContiguous(_ indices: [Int], in document: Document) -> Bool {
        zip(indices, indices.dropFirst()).allSatisfy { previous, next in
            next == previous + 2 && document.tokens[previous + 1].kind == .whitespace
                && document.bytes[document.tokens[previous + 1].range.start..<document.tokens[previous + 1].range.end]
                    .allSatisfy(\.isHorizontalSpace)
        }
    }

    private func matchingCase(_ replacement: String, to original: String) -> String {
        guard let first = original.first, first.isUppercase else { return replacement }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
