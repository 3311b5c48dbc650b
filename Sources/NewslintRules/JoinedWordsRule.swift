import NewslintCore
import NewslintText

/// Words glued together by a lost space: "conflictin", "FM Sonaffirmed",
/// "inUkraine", "Thetwo".
public struct JoinedWordsRule: Rule {
    let lexicon: Lexicon
    let bigrams: BigramTable
    let vocabulary: UserVocabulary
    let compounds: EmbeddedWordSet
    let givenNames: EmbeddedWordSet
    let properNouns: EmbeddedWordSet
    let placePairs: EmbeddedWordSet
    let segmenter: WordSegmenter
    /// Asked only about weak splits: is the word rather a typo?
    let suggester: SpellingSuggester
    let scoring: JoinedWordsScoring

    public init(
        lexicon: Lexicon = .shared, bigrams: BigramTable = .shared, vocabulary: UserVocabulary = .empty,
        compounds: EmbeddedWordSet = .closedCompounds, givenNames: EmbeddedWordSet = .givenNames,
        properNouns: EmbeddedWordSet = .properNouns, placePairs: EmbeddedWordSet = .placePairs,
        suggester: SpellingSuggester = SpellingSuggester(), scoring: JoinedWordsScoring = .standard
    ) {
        self.lexicon = lexicon
        self.bigrams = bigrams
        self.vocabulary = vocabulary
        self.compounds = compounds
        self.givenNames = givenNames
        self.properNouns = properNouns
        self.placePairs = placePairs
        self.suggester = suggester
        self.scoring = scoring
        segmenter = WordSegmenter(lexicon: lexicon, joinPenalty: scoring.joinPenalty)
    }

    /// It counts the document's words and looks every one up in the lexicon.
    public var runsLong: Bool { true }

    public let metadata = RuleMetadata(
        id: "joined-words",
        category: .spacing,
        summary: "Words glued together by a missing space",
        rationale: """
            Copy that passes through CMS, PDF and layout tools loses spaces: "the conflictin Ukraine", "FM \
            Sonaffirmed". A spell checker calls these typos and offers nothing useful; this rule splits \
            them. Only words the lexicon does not know are examined. The best split into known words is \
            found by dynamic programming over word costs (-ln of each word's frequency) plus a penalty for \
            each missing space; with credits for the evidence below, it is reported when it costs no more \
            than about leaving the word whole as an unknown word (a cost that grows with its length, and is \
            higher for a capitalised word, which is probably a name). A capital inside a word after a small \
            letter ("inUkraine", "toldBBC", "andI") is a strong sign of a boundary, and so is an acronym \
            before a small-letter word ("TVshows") or a title before a name ("MrKhatami"). A capitalised \
            word glued to "and", "for", "has", "of" and the like ("Mozambiqueand") is offered as an unsafe \
            split; to "in", "on", "as" only with the story's support, since names end that way (Gallin, \
            Pointon, Banderas). The story is evidence too: a piece that stands alone elsewhere in it ("FM \
            Son" … "Sonaffirmed") is cheaper, and an unknown word that occurs twice is taken for a name and \
            left whole unless its pieces also stand apart in the story or form a common English pair with a \
            function word ("alot" twice). A common given name glued to a capitalised word ("TonyBlair") is \
            two names, offered as an unsafe split; brands glue other words (HarperCollins, PlayStation). \
            So is a name glued to a surname the lexicon lacks but the story uses alone twice ("KoloToure" \
            … "help Toure"); a given name and a surname the story uses alone are split safely, even when \
            the story writes them glued more than once. A proper noun that is no given name ("London", \
            "Iraq": words English writes only capitalised, from SCOWL) glued to a word of three letters or \
            more is offered as an unsafe split ("Londonheard", "Iraqwar"), except after a given name, \
            where it is a surname ("Carl Myerscough"); so is the last word of a name of several words \
            ("New Yorklight": "new york" is a very common pair) and a team glued to the "v" of a fixture \
            ("Oldhamv Hull"). Two words of the name of a country or a large city are split safely \
            ("HongKong", "NewZealand": GeoNames, Rules/dictionaries/place-pairs.tsv). A name the story \
            uses twice glued to an inflected word is split \
            ("Pountneycannot", "Sothertonfinished"). A capitalised word glued to a past-tense verb or to a \
            small-letter word of eight letters or more is offered ("Departmentadded", "Todayprogramme"): \
            few names end so. An initial glued to a surname, in a line with two other initials before \
            names, is split safely ("D Bell (Bath), SBorthwick (Bath), A Hazell"); an acronym the story \
            uses alone, glued to a capitalised common word, is offered ("BBCRadio"), and so are two \
            capitalised common words English writes side by side a hundred million times or more \
            ("PrimeMinister"). The pronoun "I" glued to "am" before a small-letter word ("Iam sure"), or, \
            at a sentence start, to a verb before "n't" ("Idon't") is two words. The lexicon knows a few \
            names that, at a sentence start before a small-letter word, read as a very common pair \
            ("Weare going", "Ina few years"): these are offered too. \
            Never split: known words and names, all-capital acronyms, camel-case brands (iPhone, WhatsApp, \
            PetroVietnam), words with digits, parts of hyphenated words, URLs, e-mail addresses, hashtags \
            and handles, words in the user vocabulary (`--vocabulary FILE`), and closed compounds the \
            lexicon lacks but web and news text write solid far more than two words would predict \
            ("barcode", "dancefloor", "jobseekers"; from wordfreq, Rules/dictionaries/closed-compounds.tsv). \
            A possessive or contracted ending stays with the last word: "whodoesn't" is "who doesn't". \
            A weak split of a word one typing slip from a known word is left to the misspelling rule \
            ("manaher" is "manager", not "mana her"). The fix inserts the missing space(s). It is safe only \
            when the split beats leaving the word whole by a wide margin and beats the next-best split \
            clearly; otherwise it is unsafe, and the next-best split is offered as a suggestion.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "discussed the ⟦conflictin⟧ Ukraine",
                "Bui Thanh Son met Lavrov. FM Son spoke. FM ⟦Sonaffirmed⟧ the stance",
                "Vietnamese ⟦inUkraine⟧ are safe",
                "⟦Thetwo⟧ ministers met",
                "resolved by peaceful means in ⟦compliancewith⟧ basic principles",
                "He writes in the foreword: \"⟦Theyhave⟧ been forgotten.\"",
                "⟦ChancellorGordon⟧ Brown froze fuel duty",
                "Labour leader ⟦TonyBlair⟧ said on Monday",
                "I failed ⟦alot⟧ of courses and played ⟦alot⟧ of games",
                "the burglar was disturbed ⟦byOzzy⟧, who tackled him",
                "Under the deal with Citigroup, ⟦Metlifewill⟧ sell its products. Shares in Metlife rose",
                "music artists, ⟦TVshows⟧ and PR strategies",
                "the end of ⟦MrKhatami⟧'s second term",
                "wonderful years ⟦andI⟧ still remember them",
                "He paid the price ⟦ofa⟧ ticket",
                "The minister ⟦tableda⟧ motion on Monday",
                "He held talks with ⟦Mozambiqueand⟧ Angola",
                "disturbed ⟦underLester⟧ Square",
                "A spokesman ⟦toldBBC⟧ News the plan was dead",
                "⟦TonyHunter⟧ led the protest. Later Hunter said it had worked",
                "⟦Ijoined⟧ the party in 1990",
                "A media conference in ⟦Londonheard⟧ the plan",
                "⟦Weare⟧ going home, he said",
                "It was close. \"⟦Idon't⟧ believe it,\" he said. I think ⟦Iam⟧ ready",
                "D Bell (Bath), ⟦SBorthwick⟧ (Bath), A Hazell (Gloucester)",
                "The BBC asked him. He told ⟦BBCRadio⟧ 4 the plan was dead",
                "The ⟦PrimeMinister⟧ spoke on Monday",
                "A spokesman for the ⟦Departmentadded⟧ that it was sound",
                "He said so on the ⟦Todayprogramme⟧",
                "Results: ⟦Oldhamv⟧ Hull was postponed",
                "we are ⟦confidentthey'll⟧ be brought to justice, but ⟦whodoesn't⟧ know that",
            ],
            nonTriggering: [
                "the conflict in Ukraine",
                "Vinamilk and Vietcombank reported profits in Kherson",
                "an iPhone, WhatsApp and PetroVietnam",
                "NATO, COVID-19, 10km and 5G",
                "Consul General Sadykov Timur Sirozhevich met Sirozhevich's aides",
                "see www.vnanetnews.vn or mail info@vnanetnews.vn #vietnamnews",
                "a non-governmentorganisation",
                "jobseekers scanned the barcode on the dancefloor",
                "Macrovision says RipGuard works. RipGuard can be updated, Rip Guard's makers say",
                "They met Wein, Shea and Hein",
                "HarperCollins, DaimlerChrysler, PlayStation, MacLaine, MiraLab and MyDoom",
                "They met Gallin, Pointon, Dragan and Banderas",
                "It runs freeBSD and reads microSD cards",
                "They'll say it doesn't matter and we've heard it; O'Neill's team won't",
                "They beat Carl Myerscough and Diane Allahgreen",
                "Ido is a language; Iam Tongi sang; the shop SBorthwick opened",
                "He told BBCRadio 4 the plan was dead",
            ],
            corrections: [
                .init("the conflictin Ukraine and internationaldisputes", "the conflict in Ukraine and international disputes"),
                .init("we are confidentthey'll be brought to justice", "we are confident they'll be brought to justice"),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        JoinCandidate.prepareWordValues(in: document, lexicon: lexicon, vocabulary: vocabulary)
        let unknownWords = JoinCandidate.sharedUnknownWords(in: document, lexicon: lexicon, vocabulary: vocabulary)
            .filter { $0.length >= JoinCandidate.minimumLength || JoinCandidate.isShortJoin($0, in: document) }
        // Made while another core may still be counting the words: they need only the unknown words.
        let unknownCandidates = unknownWords.compactMap { JoinCandidate($0, in: document) }
        let sentenceStarts = SentenceStarts.shared(document)
        let namesReadAsPairs = self.namesReadAsPairs(in: document, sentenceStarts: sentenceStarts)
        let pronounsBeforeNegation = self.pronounsBeforeNegation(in: document, sentenceStarts: sentenceStarts)
        guard !unknownWords.isEmpty || !namesReadAsPairs.isEmpty || !pronounsBeforeNegation.isEmpty else { return [] }
        var usage = WordUsage.shared(document)

        // 1. Propose splits: at case changes for mixed-case words, by the
        //    segmenter for the others. Unknown words repeat, so each
        //    spelling is looked at once.
        var proposalOf: [[UInt8]: Proposal?] = [:]
        var candidates: [(candidate: JoinCandidate, proposal: Proposal)] = []
        let words = unknownCandidates + namesReadAsPairs.compactMap { JoinCandidate($0, in: document) }
        let knownNames = Set(namesReadAsPairs)
        let otherCasings = OtherCasings(words)
        var diagnostics: [Diagnostic] = []
        for range in pronounsBeforeNegation {
            // "Idon't": "I" and the verb, whatever the lexicon makes of "Ido".
            let candidate = JoinCandidate(range: range, letters: Array(document.bytes[range.start..<range.end]), shape: .capitalised)
            diagnostics.append(diagnostic(candidate, pieces: [0..<1, 1..<range.length], applicability: .safe, alternatives: [],
                                          in: document))
        }
        for candidate in words {
            if let pieces = initialInLineUp(candidate, in: document) {
                diagnostics.append(diagnostic(candidate, pieces: pieces, applicability: .safe, alternatives: [], in: document))
                continue
            }
            if isFixture(candidate, in: document) {
                // "Oldhamv Hull": a team, "v", a team. Offered: a name may end in "v".
                let pieces = [0..<(candidate.letters.count - 1), (candidate.letters.count - 1)..<candidate.letters.count]
                diagnostics.append(diagnostic(candidate, pieces: pieces, applicability: .unsafe, alternatives: [], in: document))
                continue
            }
            let proposal: Proposal?
            if let known = proposalOf[candidate.letters] {
                proposal = known
            } else {
                proposal = propose(candidate, usage: usage, otherCasings: otherCasings)
                proposalOf[candidate.letters] = proposal
            }
            if let proposal { candidates.append((candidate, proposal)) }
        }

        // 2. Which proposed neighbours stand side by side elsewhere in the
        //    story: one pass for all of them.
        usage.findPairs(proposalOf.flatMap { letters, proposal -> [(ArraySlice<UInt8>, ArraySlice<UInt8>)] in
            guard let proposal else { return [] }
            let pieces = proposal.splits[0].pieces.map { letters[$0] }
            return Array(zip(pieces, pieces.dropFirst()))
        })

        // 3. Judge each proposal on its evidence: once per spelling and
        //    place (at a sentence start or not).
        var judged: [JudgementKey: Applicability?] = [:]
        var namesBefore = NamesBeforeCache()
        for (candidate, proposal) in candidates {
            let atSentenceStart = candidate.shape != .mixedCase
                && (sentenceStarts.contains(candidate.range.start) || opensQuotation(candidate.range, in: document))
            let nameBefore = candidate.shape == .capitalised
                ? namesBefore.nameBefore(candidate, pieces: proposal.splits[0].pieces, in: document, rule: self) : .none
            let key = JudgementKey(letters: WordHash.of(candidate.letters, lowercasing: false), atSentenceStart: atSentenceStart,
                                   nameBefore: nameBefore)
            let applicability: Applicability?
            if let known = judged[key] {
                applicability = known
            } else {
                applicability = judge(candidate, proposal, usage: usage, atSentenceStart: atSentenceStart,
                                      nameBefore: nameBefore)
                judged[key] = applicability
            }
            guard var applicability else { continue }
            // The lexicon knows the word as a name: the split is only offered.
            if knownNames.contains(candidate.range) { applicability = .unsafe }
            let splits = proposal.splits
            diagnostics.append(diagnostic(candidate, pieces: splits[0].pieces, applicability: applicability,
                                          alternatives: splits.dropFirst().map { $0.pieces }, in: document))
        }
        return diagnostics
    }

    /// The splits worth judging for a spelling, and whether the story
    /// writes it more than once; nil when there is nothing to judge.
    private struct Proposal {
        let splits: [WordSegmenter.Split]
        let recurs: Bool
        /// A name the lexicon lacks glued to a function word, either way
        /// ("byOzzy", "forBahoken"; "Metlifewill", "Birkettfor" when the
        /// story writes the name on its own), or after a known word at a
        /// case change ("finalistParadorn").
        var gluesAName = false
    }

    /// How often the candidates write each word in another casing: for
    /// "TheWorld", the glued "theworld"s.
    private struct OtherCasings {
        // By the words' hashes, lowercased and as written.
        private var byLowercase = HashCounter()
        private var byLetters = HashCounter()

        init(_ candidates: [JoinCandidate]) {
            for candidate in candidates {
                byLowercase.add(WordHash.of(candidate.letters, lowercasing: true))
                byLetters.add(WordHash.of(candidate.letters, lowercasing: false))
            }
        }

        func count(of letters: [UInt8]) -> Int {
            byLowercase.count(WordHash.of(letters, lowercasing: true)) - byLetters.count(WordHash.of(letters, lowercasing: false))
        }
    }

    private struct JudgementKey: Hashable {
        /// The hash of the letters as written (`WordHash`): hashing the
        /// bytes again for every occurrence cost more than the judgement.
        let letters: UInt64
        let atSentenceStart: Bool
        let nameBefore: NameBefore
    }

    private func propose(_ candidate: JoinCandidate, usage: WordUsage, otherCasings: OtherCasings) -> Proposal? {
        // An unknown word the story writes more than once is probably a
        // name: split only on strong evidence (judged below). A mixed-case
        // word counts as itself: "theworld" glued elsewhere does not make
        // "TheWorld" a brand, as "RipGuard" twice is.
        var occurrences = usage.count(of: candidate.letters)
        if candidate.shape == .mixedCase { occurrences -= otherCasings.count(of: candidate.letters) }
        let recurs = candidate.shape != .caseBoundary && occurrences >= 2
        switch candidate.shape {
        case .mixedCase:
            guard let pieces = MixedCaseSplit.pieces(candidate.letters, lexicon: lexicon, givenNames: givenNames, usage: usage) else { return nil }
            return Proposal(splits: [WordSegmenter.Split(pieces: pieces, cost: 0)], recurs: recurs)
        case .lowercase, .capitalised:
            if compounds.contains(candidate.letters) { return nil }
            fallthrough
        case .caseBoundary:
            // A name the story uses, glued to a function word, before what
            // the lexicon alone would make of it ("Met life will"); a name
            // the lexicon lacks after a case change, before pieces of it
            // ("finalist Par adorn").
            let nameFirst = candidate.shape == .capitalised || (candidate.shape == .caseBoundary && !lastPieceIsKnown(candidate))
            let nameSplit = nameFirst ? self.nameSplit(candidate, usage: usage) : nil
            let splits = nameSplit == nil ? segmenter.splits(of: candidate.letters) { piece, cost in
                usage.standsAlone(piece) ? min(cost, scoring.seenInDocumentCost) : cost
            } : []
            if !splits.isEmpty { return Proposal(splits: splits, recurs: recurs) }
            // Without a split from the lexicon, a name split is the last resort (asked once).
            return (nameFirst ? nameSplit : self.nameSplit(candidate, usage: usage)).map {
                Proposal(splits: [WordSegmenter.Split(pieces: $0, cost: 0)], recurs: recurs, gluesAName: true)
            }
        }
    }

    /// The pieces of a name the lexicon lacks glued to a function word:
    /// "byOzzy" (the case changes after the function word), or
    /// "Metlifewill" (the story writes "Metlife" on its own, capitalised);
    /// or to a known word at a case change, when the story writes the name
    /// on its own ("finalistParadorn").
    private func nameSplit(_ candidate: JoinCandidate, usage: WordUsage) -> [Range<Int>]? {
        let letters = candidate.letters
        func isFunctionWord(_ piece: ArraySlice<UInt8>) -> Bool { FunctionWords.all.contains(String(decoding: piece, as: UTF8.self)) }
        switch candidate.shape {
        case .caseBoundary:
            // A function word, or a known word and a name the story uses on its own ("finalistParadorn").
            guard let boundary = letters.firstIndex(where: \.isASCIIUppercase), letters.count - boundary >= 3 else { return nil }
            let word = letters[..<boundary]
            let knownWordThenName = word.count >= 3 && word.withUnsafeBufferPointer { lexicon.word($0) != nil }
                && usage.capitalisedInsideSentences(letters[boundary...]) > 0
            return isFunctionWord(word) || knownWordThenName ? [0..<boundary, boundary..<letters.count] : nil
        case .capitalised:
            let boundary = (3..<max(3, letters.count - 1)).reversed().first { boundary in
                isFunctionWord(letters[boundary...]) && usage.capitalisedInsideSentences(letters[..<boundary]) > 0
            } ?? (4..<max(4, letters.count - 4)).first { boundary in
                // A name the lexicon lacks but the story uses twice, then an
                // inflected word: "Pountneycannot", "Sothertonfinished".
                isInflectedWord(letters[boundary...]) && usage.capitalisedInsideSentences(letters[..<boundary]) >= 2
                    && letters[..<boundary].withUnsafeBufferPointer { lexicon.lookup($0) == nil }
            }
            return boundary.map { [0..<$0, $0..<letters.count] }
        default:
            return nil
        }
    }

    /// Whether a known word other than one of `pieces` is one typing slip
    /// away: a letter added, dropped, replaced or two swapped. A piece does
    /// not count: "Iseek" is one letter from "seek" because "I" is glued on.
    private func isOneSlipFromAWord(_ letters: [UInt8], besides pieces: [Range<Int>]) -> Bool {
        let pieceWords = Set(pieces.map { String(decoding: letters[$0], as: UTF8.self).lowercased() })
        return letters.withUnsafeBufferPointer { suggester.candidates(for: $0) }.contains {
            $0.edits == 1 && !pieceWords.contains($0.text.lowercased())
        }
    }

    /// Whether the capitalised part after a case change is a word or name
    /// the lexicon knows: "inUkraine", not "finalistParadorn".
    private func lastPieceIsKnown(_ candidate: JoinCandidate) -> Bool {
        guard let boundary = candidate.letters.firstIndex(where: \.isASCIIUppercase) else { return false }
        return candidate.letters[boundary...].withUnsafeBufferPointer { lexicon.lookup($0) != nil }
    }

    private func judge(
        _ candidate: JoinCandidate, _ proposal: Proposal, usage: WordUsage, atSentenceStart: Bool, nameBefore: NameBefore
    ) -> Applicability? {
        let best = proposal.splits[0]
        if proposal.gluesAName {
            // Safe when the story writes the name on its own too (twice, for
            // a name that comes first: "Metlifewill").
            let nameFirst = candidate.shape == .capitalised
            let name = candidate.letters[best.pieces[nameFirst ? 0 : 1]]
            return usage.capitalisedInsideSentences(name) >= (nameFirst ? 2 : 1) ? .safe : .unsafe
        }
        if candidate.shape == .mixedCase {
            return MixedCaseSplit.judge(
                candidate, pieces: best.pieces, bigrams: bigrams, usage: usage, lexicon: lexicon, givenNames: givenNames,
                placePairs: placePairs, recurs: proposal.recurs)
        }
        // After a given name the first piece is part of a surname ("Carl Myerscough").
        let properNounFirst = nameBefore == .continued
            || (nameBefore == .none && isProperNoun(candidate.letters[best.pieces[0]]))
        return JoinJudgement.judge(
            candidate: candidate, best: best, runnerUp: proposal.splits.dropFirst().first, scoring: scoring,
            bigrams: bigrams, usage: usage, atSentenceStart: atSentenceStart, recurs: proposal.recurs,
            firstPieceIsProperNoun: properNounFirst, oneSlipFromAWord: { isOneSlipFromAWord(candidate.letters, besides: best.pieces) })
    }

    private func diagnostic(
        _ candidate: JoinCandidate, pieces: [Range<Int>], applicability: Applicability,
        alternatives: [[Range<Int>]], in document: Document
    ) -> Diagnostic {
        func text(_ pieces: [Range<Int>]) -> String {
            pieces.map { String(decoding: candidate.letters[$0], as: UTF8.self) }.joined(separator: " ")
        }
        let edits = pieces.dropFirst().map { Edit.insert(" ", at: candidate.range.start + $0.lowerBound) }
        // The word is shown whole, with any contracted ending the letters
        // were examined without: "whodon't" looks like "who don't".
        let word = TextRange(start: candidate.range.start, end: endWithContraction(document.bytes, letters: candidate.range))
        let ending = document.text(TextRange(start: candidate.range.end, end: word.end))
        return metadata.diagnostic(
            word, "'\(document.text(word))' looks like '\(text(pieces))\(ending)' with the space lost",
            fix: Fix(edits: edits, applicability: applicability),
            suggestions: applicability == .safe ? [] : alternatives.map { text($0) + ending })
    }
}

/// The numbers behind joined-words' decisions, in units of -ln probability.
public struct JoinedWordsScoring: Sendable {
    /// Cost of a space gone missing, added per split point.
    public var joinPenalty: Float
    /// Cost of an unknown word left whole: base + perLetter × length.
    public var unknownBase: Float
    public var unknownPerLetter: Float
    /// Added to the whole-word cost of a capitalised word: names are common.
    public var capitalisedExtra: Float
    /// The most a piece may cost when the document uses it as a word.
    public var seenInDocumentCost: Float
    /// Credit when every pair of neighbouring pieces is a known English bigram.
    public var attestedBigramCredit: Float
    /// Credit when the pieces stand side by side elsewhere in the story.
    public var besideInStoryCredit: Float
    /// Credit when the first or last piece is a function word (the, in, and…).
    public var functionWordCredit: Float
    /// Credit when the first piece is inflected (-ed, -ing, -ly).
    public var inflectionCredit: Float
    /// Credit for a small-to-capital change inside the word ("inUkraine").
    public var caseBoundaryCredit: Float
    /// The score a split needs to be reported, and to be applied as safe.
    /// Below `typoCheckScore` it is reported only when no known word is one
    /// slip from the word (then it is more likely a typo).
    public var reportScore: Float
    public var typoCheckScore: Float
    public var safeScore: Float
    /// How much cheaper than the next-best split the best must be to be safe.
    public var alternativeMargin: Float

    public static let standard = JoinedWordsScoring(
        joinPenalty: 4, unknownBase: 8, unknownPerLetter: 1.75, capitalisedExtra: 4, seenInDocumentCost: 9,
        attestedBigramCredit: 6, besideInStoryCredit: 8, functionWordCredit: 3, inflectionCredit: 3,
        caseBoundaryCredit: 8,
        reportScore: -1, typoCheckScore: 2, safeScore: 8, alternativeMargin: 3)
}
