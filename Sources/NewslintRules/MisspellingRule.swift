import NewslintCore
import NewslintText

/// Typos — "Pobiburo" for "Politburo" — without crying wolf on names.
public struct MisspellingRule: Rule {
    let lexicon: Lexicon
    let vocabulary: UserVocabulary
    let suggester: SpellingSuggester
    let knownTypos: KnownTypos
    let scoring = SpellingScoring.standard

    public init(
        lexicon: Lexicon = .shared, vocabulary: UserVocabulary = .empty,
        suggester: SpellingSuggester = SpellingSuggester(), knownTypos: KnownTypos = .shared
    ) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
        self.suggester = suggester
        self.knownTypos = knownTypos
    }

    /// It looks every word of the document up in the lexicon.
    public var runsLong: Bool { true }

    public let metadata = RuleMetadata(
        id: "misspelling",
        category: .spelling,
        summary: "A word that is not in the lexicon and looks like a slip for one that is",
        rationale: """
            Only words the lexicon (English in British and American spelling, the news vocabulary, \
            place names) and the user vocabulary (`--vocabulary FILE`) do not know are examined, and \
            only those made of ASCII letters: all-capital acronyms, camel-case brands, words with \
            digits, parts of hyphenated words, URLs, addresses and handles are left alone, and a \
            word the joined-words rule splits is its finding, not this one's. \
            Evidence is weighed in this order. (1) A table of known misspellings (from codespell's \
            list): one listed correction is a safe fix, several are suggestions. (2) The story: a \
            capitalised word used once that is a slip of a name the story uses at least twice \
            ("Lavorv" beside "Lavrov") is reported with the count. (3) The correction index: words \
            within two edits (one for words of four letters or fewer), ranked by the word's \
            frequency plus the cost of the slip — swapped neighbours and doubled letters cheapest, \
            keyboard neighbours and vowel-for-vowel next, first-letter slips dearest. \
            Names are not typos: a capitalised unknown word is taken for a name unless it occurs once, \
            has at least six letters, and is a near miss of the news vocabulary ("Pobiburo" → \
            "Politburo") or a typist's slip of a common word; a lowercase unknown word used three \
            times or more is a term. A fix is safe only when one candidate is clearly likeliest \
            (by 3 units of -ln probability), the slip is slight, and for a capitalised word the \
            candidate is news vocabulary or the word starts a sentence; otherwise up to three \
            suggestions are shown and nothing is applied. A desk's reject list (`--reject FILE`, \
            lines like `Saigon -> Ho Chi Minh City`) is reported wherever its words stand, with the \
            desk's replacement as a safe fix.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "members of the ⟦Pobiburo⟧ met on Monday",
                "the ⟦goverment⟧ said",
                "Sergey Lavrov spoke. Lavrov said the talks went well. ⟦Lavorv⟧ added nothing",
                "he will ⟦recieve⟧ the award",
                "the ⟦pokitical⟧ bureau",
            ],
            nonTriggering: [
                "Consul General Sadykov Timur Sirozhevich met Nguyen Van Nen",
                "President Volodymyr Zelenskyy and Dmitry Peskov; Yoon Suk-yeol and Mohammed bin Salman",
                "Ebrahim Raisi, Hossein Amirabdollahian and Recep Tayyip Erdogan",
                "they organise and organize, favour and favor",
                "NATO, iPhone, COVID-19, 10km and www.vnanetnews.vn",
                "the tiktoker posted; another tiktoker replied; every tiktoker agreed",
            ],
            corrections: [
                .init("the Pobiburo said the goverment will recieve it", "the Politburo said the government will receive it"),
            ]
        ),
        yieldsTo: ["joined-words"]
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let rejected = vocabulary.hasRejections ? rejectedWords(in: document) : []
        return rejected + unknownWordFindings(in: document, skipping: Set(rejected.map(\.range.start)))
    }

    /// Words on the desk's reject list (`--reject FILE`), known or not.
    private func rejectedWords(in document: Document) -> [Diagnostic] {
        var found: [Diagnostic] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            for token in document.tokens where token.kind == .word {
                let range = TextRange(start: token.range.start, end: endWithoutPossessive(bytes, token.range))
                let word = document.text(range)
                guard let replacement = vocabulary.rejection(of: word) else { continue }
                let message = replacement.isEmpty
                    ? "'\(word)' is on the desk's list of words not to use"
                    : "'\(word)' is on the desk's list of words not to use; write '\(replacement)'"
                let fix = replacement.isEmpty ? nil : Fix(Edit(range: range, replacement: replacement), applicability: .safe)
                found.append(metadata.diagnostic(range, message, fix: fix))
            }
        }
        return found
    }

    private func unknownWordFindings(in document: Document, skipping rejected: Set<Int>) -> [Diagnostic] {
        JoinCandidate.prepareWordValues(in: document, lexicon: lexicon, vocabulary: vocabulary)
        let unknownWords = JoinCandidate.sharedUnknownWords(in: document, lexicon: lexicon, vocabulary: vocabulary)
            .filter { !rejected.contains($0.start) }
        guard !unknownWords.isEmpty else { return [] }
        let sentenceStarts = SentenceStarts.shared(document)
        let usage = WordUsage.shared(document)
        var names = StoryNames(document, lexicon: lexicon)
        let formation = WordFormation(lexicon: lexicon)
        var candidatesOf: [[UInt8]: [SpellingSuggester.Candidate]] = [:]
        // What the word lists say of a spelling, asked once per document:
        // a name recurs through a story, and each question is a search.
        var listed: [[UInt8]: (knownTypo: KnownTypos.Entry?, mayBeTypo: Bool)] = [:]
        var diagnostics: [Diagnostic] = []
        for range in unknownWords
        where !JoinCandidate.isPartOfSomethingElse(range, in: document) && !Self.isNotAWordInUse(range, in: document) {
            let letters = Array(document.bytes[range.start..<range.end])
            guard let shape = Self.shape(of: letters) else { continue }
            let occurrences = usage.count(of: letters)
            let (knownTypo, mayBeTypo) = listed[letters] ?? {
                let entry = knownTypos.entry(for: letters)
                let answer = (entry, entry != nil || (letters.count >= 4 && !formation.isBuiltFromKnownWords(letters)))
                listed[letters] = answer
                return answer
            }()
            guard mayBeTypo else { continue }
            let unique = shape == .capitalised && occurrences == 1
            let wantsCandidates = knownTypo == nil
                && (shape == .lowercase ? occurrences < scoring.termOccurrences
                                        : unique && letters.count >= scoring.minimumCapitalisedLength)
            var candidates: [SpellingSuggester.Candidate] = []
            if wantsCandidates {
                candidates = candidatesOf[letters] ?? letters.withUnsafeBufferPointer { suggester.candidates(for: $0) }
                candidatesOf[letters] = candidates
            }
            let evidence = SpellingEvidence(
                letters: letters, shape: shape, atSentenceStart: sentenceStarts.contains(range.start),
                occurrences: occurrences, knownTypo: knownTypo,
                storyName: unique && knownTypo == nil ? names.nearestName(to: letters) : nil,
                candidates: candidates)
            guard let verdict = SpellingJudgement.judge(evidence, scoring: scoring) else { continue }
            diagnostics.append(metadata.diagnostic(
                range, verdict.message,
                fix: Fix(Edit(range: range, replacement: verdict.corrections[0]), applicability: verdict.applicability),
                suggestions: verdict.applicability == .safe ? [] : verdict.corrections))
        }
        return diagnostics
    }

    /// A word that is not used as a word of the text: a piece of a word
    /// whose accent came apart or is written as an HTML entity ("caf" of
    /// "café", "clich&#233;"), or a word quoted on its own, which is
    /// mentioned rather than used (the Brazilian term 'gandula').
    private static func isNotAWordInUse(_ range: TextRange, in document: Document) -> Bool {
        let bytes = document.bytes
        let start = document.source.contentStart
        if isForeignLetter(at: range.end, in: document) || isForeignLetter(at: range.start - 1, in: document) { return true }
        if range.end < bytes.count && bytes[range.end] == UInt8(ascii: "&") { return true }
        if range.start > start && bytes[range.start - 1] == UInt8(ascii: ";") { return true }
        guard let before = document.scalar(before: range.start),
              let after = document.scalar(at: range.end) else { return false }
        return quotes.contains(before) && quotes.contains(after)
    }

    /// Whether the byte at `offset` belongs to a letter or mark outside
    /// ASCII, or to a replacement character. (A function of its own, not
    /// one nested in the caller: a nested one copied the document for each
    /// unknown word.)
    private static func isForeignLetter(at offset: Int, in document: Document) -> Bool {
        let bytes = document.bytes, start = document.source.contentStart
        guard offset >= start, offset < bytes.count, bytes[offset] >= 0x80 else { return false }
        var first = offset
        while first > start && bytes[first].isUTF8Continuation { first -= 1 }
        guard let scalar = document.scalar(at: first) else { return true }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark || scalar.value == 0xFFFD
    }

    private static let quotes: Set<Unicode.Scalar> = ["\"", "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"]

    /// Lowercase or capitalised words only: all capitals are acronyms and
    /// other mixes are brands or glued words.
    private static func shape(of letters: [UInt8]) -> SpellingEvidence.Shape? {
        guard let first = letters.first, letters.dropFirst().allSatisfy(\.isASCIILowercase) else { return nil }
        return first.isASCIIUppercase ? .capitalised : .lowercase
    }
}
