import NewslintCore

/// Real words that stand where two words belong: "inline with" for "in
/// line with", "sometime ago" for "some time ago".
public struct JoinedPhraseRule: Rule {
    /// It reads every word token of the story: on a large file as long as
    /// the phrase matches of a rule file, too long to be the last rule a
    /// core runs while the other has finished.
    public var runsLong: Bool { true }

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
        /// `words` as bytes, for matching tokens without making strings.
        let wordBytes: [[UInt8]]

        init(words: [String], replacement: String, applicability: Applicability) {
            self.words = words
            self.replacement = replacement
            self.applicability = applicability
            wordBytes = words.map { Array($0.utf8) }
        }
    }

    static let phrases = [
        Phrase(words: ["inline", "with"], replacement: "in line", applicability: .safe),
        Phrase(words: ["sometime", "ago"], replacement: "some time", applicability: .safe),
        Phrase(words: ["awhile", "ago"], replacement: "a while", applicability: .safe),
        Phrase(words: ["incase", "of"], replacement: "in case", applicability: .safe),
        Phrase(words: ["apart", "of"], replacement: "a part", applicability: .unsafe),
    ]

    /// Each phrase's first word packed into a number, a byte a letter (all
    /// are eight letters or fewer), so a word is compared with all of them
    /// without touching the phrase list.
    private static let packedFirstWords: [UInt64] = phrases.map { phrase in
        precondition(phrase.wordBytes[0].count <= 8, "first words of up to eight letters")
        return packedWord(phrase.wordBytes[0])
    }

    /// A bit for each length a phrase's first word has, and one for each of
    /// its first letters: most words are ruled out by these alone.
    private static let firstWordLengths = phrases.reduce(UInt64(0)) { $0 | (1 << UInt64($1.wordBytes[0].count)) }
    private static let firstLetters = phrases.reduce(UInt32(0)) { $0 | (1 << UInt32($1.wordBytes[0][0] &- 0x61)) }

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        let packedFirstWords = Self.packedFirstWords
        let firstWordLengths = Self.firstWordLengths, firstLetters = Self.firstLetters
        let candidates = document.tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                tokens.indices.filter { index in
                    let token = tokens[index]
                    let letter = (bytes[token.range.start] | 0x20) &- 0x61
                    guard token.kind == .word, token.range.length <= 8, firstWordLengths & (1 << UInt64(token.range.length)) != 0,
                          letter < 26, firstLetters & (1 << UInt32(letter)) != 0 else { return false }
                    // In any case: as `matches` reads them, with 0x20 set.
                    let letters = UnsafeBufferPointer(rebasing: bytes[token.range.start..<token.range.end])
                    return packedFirstWords.contains(packedWord(letters.lazy.map { $0 | 0x20 }))
                }
            }
        }
        let tokens = document.tokens
        var diagnostics: [Diagnostic] = []
        for index in candidates {
            let token = tokens[index]
            for phrase in Self.phrases where matches(phrase.wordBytes[0], token, bytes) {
                // The phrase's other words follow, each after one run of spaces.
                let indices = phrase.words.indices.map { index + 2 * $0 }
                guard indices.last! < tokens.count, isContiguous(indices, in: document),
                      zip(indices.dropFirst(), phrase.wordBytes.dropFirst()).allSatisfy({ matches($1, tokens[$0], bytes) })
                else { continue }
                let range = TextRange(start: token.range.start, end: tokens[indices.last!].range.end)
                let replacement = matchingCase(phrase.replacement, to: document.text(token))
                diagnostics.append(metadata.diagnostic(
                    range, "'\(document.text(range))' should be '\(replacement) \(phrase.words.dropFirst().joined(separator: " "))'",
                    fix: Fix(Edit(range: token.range, replacement: replacement), applicability: phrase.applicability)))
            }
        }
        return diagnostics
    }

    /// Whether `token` is `word` (lowercase ASCII) in any case.
    private func matches(_ word: [UInt8], _ token: Token, _ bytes: [UInt8]) -> Bool {
        let range = token.range
        guard token.kind == .word, range.length == word.count else { return false }
        for offset in 0..<word.count where bytes[range.start + offset] | 0x20 != word[offset] { return false }
        return true
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
