import NewslintCore

/// Real words that stand where two words belong: "inline with" for "in
/// line with", "sometime ago" for "some time ago", "fora ban" for "for a
/// ban".
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
            not always). It also knows a few rare words that are, far more often, two common words glued \
            together: English writes "for a" over 20,000 times as often as "fora", and "a new" 8,000 times \
            as often as "anew" (Google Books counts). Some of these are never meant in news copy ("noway", \
            "alack", "sofar") and are reported wherever they stand; the others ("fora", "anew", "areal", \
            "seethe", "atone") only before a small-letter word that is neither a function word nor an -ly \
            adverb ("fora ban", "anew club"), where the word itself would not stand. These fixes are unsafe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "a solution which is ⟦inline with⟧ international law",
                "⟦Inline with⟧ the plan, they met",
                "it happened ⟦sometime ago⟧",
                "they are ⟦apart of⟧ the team",
                "operators are opting ⟦fora⟧ technology called Evolution",
                "to migrate and start ⟦anew⟧ life abroad",
                "there is ⟦noway⟧ it deserved to win",
            ],
            nonTriggering: [
                "a solution in line with international law",
                "an inline skater with a helmet",
                "sometime next year",
                "apart from that",
                "they began anew in May, in international fora and summits",
                "fans seethe with anger; he will atone for it",
            ],
            corrections: [
                .init("Inline with the law, awhile ago", "In line with the law, a while ago"),
                .init("apart of it", "a part of it", applying: .unsafe),
                .init("calls fora ban", "calls for a ban", applying: .unsafe),
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

    /// A rare word that is, far more often, two words with the space lost.
    struct GluedWord {
        /// Lowercase.
        let word: [UInt8]
        /// Where the space belongs.
        let split: Int
        /// Whether the word is meant often enough that only a content word
        /// after it says it is two ("fora ban", not "fora and summits").
        let needsContentWordAfter: Bool

        init(_ word: String, split: Int, needsContentWordAfter: Bool) {
            self.word = Array(word.utf8)
            self.split = split
            self.needsContentWordAfter = needsContentWordAfter
        }
    }

    /// Each is the glued form of a pair English writes thousands of times as
    /// often as the word (Google Books counts, `Rules/dictionaries/bigrams.tsv`
    /// against `english.tsv`), and none of them in 2,000 clean news articles.
    static let gluedWords = [
        GluedWord("fora", split: 3, needsContentWordAfter: true),
        GluedWord("anew", split: 1, needsContentWordAfter: true),
        GluedWord("areal", split: 1, needsContentWordAfter: true),
        GluedWord("seethe", split: 3, needsContentWordAfter: true),
        GluedWord("atone", split: 2, needsContentWordAfter: true),
        GluedWord("noway", split: 2, needsContentWordAfter: false),
        GluedWord("alack", split: 1, needsContentWordAfter: false),
        GluedWord("sofar", split: 2, needsContentWordAfter: false),
        GluedWord("allover", split: 3, needsContentWordAfter: false),
        GluedWord("whereto", split: 5, needsContentWordAfter: false),
    ]

    /// Each phrase's first word packed into a number, a byte a letter (all
    /// are eight letters or fewer), so a word is compared with all of them
    /// without touching the phrase list.
    private static let firstWords = phrases.map { $0.wordBytes[0] } + gluedWords.map(\.word)
    private static let packedFirstWords: [UInt64] = firstWords.map { word in
        precondition(word.count <= 8, "first words of up to eight letters")
        return packedWord(word)
    }

    /// A bit for each first word, by 12 bits of a hash of its packed form:
    /// the few words of a text that pass are compared with the list.
    private static let firstWordFilter: [UInt64] = packedFirstWords.reduce(into: [UInt64](repeating: 0, count: 64)) { filter, word in
        let bit = filterBit(word)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The filter's bit for a packed word: the top 12 bits of the tables' Fibonacci hash.
    @inline(__always)
    private static func filterBit(_ packed: UInt64) -> Int { OpenAddressing.home(of: packed, shift: 52) }

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        let packedFirstWords = Self.packedFirstWords
        let candidates = document.tokens.withUnsafeBufferPointer { tokens in
        bytes.withUnsafeBufferPointer { bytes in
        Self.firstWordFilter.withUnsafeBufferPointer { filter in
            var found: [Int] = []
            for index in 0..<tokens.count {
                // Without a branch up to the last test: words, spaces and
                // punctuation, long and short, alternate too unpredictably
                // for branches to pay.
                let token = tokens[index]
                let packed = packedLowercasePrefix(bytes, token.range)
                let isShortWord: UInt64 = token.kind == .word && token.range.length <= 8 ? 1 : 0
                let bit = Self.filterBit(packed)
                guard isShortWord & (filter[bit >> 6] >> UInt64(bit & 63)) != 0, packedFirstWords.contains(packed) else { continue }
                found.append(index)
            }
            return found
        }}}
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
            for glued in Self.gluedWords where matches(glued.word, token, bytes) {
                guard !glued.needsContentWordAfter || contentWordFollows(index, in: document) else { continue }
                let word = document.text(token)
                let split = word.utf8.index(word.utf8.startIndex, offsetBy: glued.split)
                diagnostics.append(metadata.diagnostic(
                    token.range, "'\(word)' looks like '\(word[..<split]) \(word[split...])' with the space lost",
                    fix: Fix(.insert(" ", at: token.range.start + glued.split), applicability: .unsafe)))
            }
        }
        return diagnostics
    }

    /// Whether a small-letter word follows token `index` after spaces, and
    /// is neither a function word nor an -ly adverb: what the second word
    /// of "for a", "a new" takes ("fora ban", "anew club"), and "fora" or
    /// "anew" does not.
    private func contentWordFollows(_ index: Int, in document: Document) -> Bool {
        let tokens = document.tokens
        guard index + 2 < tokens.count, isContiguous([index, index + 2], in: document) else { return false }
        let next = tokens[index + 2]
        let letters = document.bytes[next.range.start..<next.range.end]
        guard next.kind == .word, letters.allSatisfy(\.isASCIILowercase) else { return false }
        let word = String(decoding: letters, as: UTF8.self)
        return !FunctionWords.all.contains(word) && !word.hasSuffix("ly")
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
