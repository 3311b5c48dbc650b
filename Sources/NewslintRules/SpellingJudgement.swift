import NewslintCore
import NewslintText

/// Everything the misspelling rule knows about one unknown word, and the
/// decision it draws: whether to report it, what to offer, how sure.
struct SpellingEvidence {
    enum Shape {
        case lowercase
        /// One capital, first: a name, unless the evidence says otherwise.
        case capitalised
    }

    let letters: [UInt8]
    let shape: Shape
    let atSentenceStart: Bool
    /// Occurrences of the word in the story, in any case.
    let occurrences: Int
    let knownTypo: KnownTypos.Entry?
    let storyName: StoryNames.Match?
    /// Ranked by the suggester, likeliest first.
    let candidates: [SpellingSuggester.Candidate]

    var word: String { String(decoding: letters, as: UTF8.self) }
}

struct SpellingVerdict: Equatable {
    /// Ranked, in the case the text needs; the first is the fix.
    let corrections: [String]
    let applicability: Applicability
    let message: String
}

/// The numbers behind the misspelling rule's decisions.
struct SpellingScoring {
    /// How much likelier (in -ln units) the best candidate must be than the
    /// next for a safe fix.
    var clearMargin: Float = 3
    /// A lowercase unknown word used this often in a story is a term, not a typo.
    var termOccurrences = 3
    /// Capitalised words shorter than this are left alone unless a list or
    /// the story names them: short names are too many to judge.
    var minimumCapitalisedLength = 6
    /// The most a word may cost to be offered for a capitalised word at the
    /// start of a sentence: only very common words, since names start
    /// sentences too ("Salman said" is not "Salmon said").
    var veryCommonWordCost: Float = 9
    /// The highest typing cost of a slip counted as a typist's.
    var typistSlipCost: Float = 0.75
    /// The highest typing cost of a two-edit slip worth reporting.
    var twoSlipCost: Float = 1.25

    static let standard = SpellingScoring()
}

enum SpellingJudgement {
    static func judge(_ evidence: SpellingEvidence, scoring: SpellingScoring = .standard) -> SpellingVerdict? {
        // A capitalised word used twice is a name, whatever it looks like.
        if evidence.shape == .capitalised && evidence.occurrences > 1 { return nil }
        if let entry = evidence.knownTypo {
            return tableApplies(to: evidence, entry, scoring: scoring) ? fromKnownTypo(entry, evidence) : nil
        }
        if evidence.shape == .capitalised, evidence.occurrences == 1, let match = evidence.storyName {
            return fromStoryName(match, evidence)
        }
        guard let best = evidence.candidates.first else { return nil }
        let runnerUp = evidence.candidates.dropFirst().first
        let clearWinner = runnerUp.map { $0.score - best.score >= scoring.clearMargin } ?? true
        let slight = best.edits == 1 || best.typingCost <= 1
        let sure: Bool
        switch evidence.shape {
        case .lowercase:
            // Two heavy edits from any word: more likely a foreign or
            // technical word ("habeas") than a slip.
            guard evidence.occurrences < scoring.termOccurrences,
                  best.edits == 1 || best.typingCost <= scoring.twoSlipCost else { return nil }
            sure = clearWinner && slight && evidence.letters.count >= 5
        case .capitalised:
            // A name unless it is a near miss of a news term, or — at the
            // start of a sentence, where a capital says nothing — a
            // typist's slip of a very common word.
            guard evidence.occurrences == 1, evidence.letters.count >= scoring.minimumCapitalisedLength else { return nil }
            let typistSlip = best.edits == 1 && best.typingCost <= scoring.typistSlipCost
            let nearNewsTerm = best.isNewsTerm
            let nearCommonWord = evidence.atSentenceStart && typistSlip && best.wordCost <= scoring.veryCommonWordCost
            guard nearNewsTerm || nearCommonWord else { return nil }
            sure = clearWinner
        }
        let corrections = evidence.candidates.prefix(3).map { WordCase.apply(of: evidence.word, to: $0.text) }
        let message = "'\(evidence.word)' is not a word newslint knows; did you mean '\(corrections[0])'?"
        return SpellingVerdict(corrections: sure ? [corrections[0]] : corrections,
                               applicability: sure ? .safe : .displayOnly, message: message)
    }

    private static func fromKnownTypo(_ entry: KnownTypos.Entry, _ evidence: SpellingEvidence) -> SpellingVerdict {
        let corrections = entry.corrections.prefix(3).map { WordCase.apply(of: evidence.word, to: $0) }
        let listed = corrections.map { "'\($0)'" }.joined(separator: " or ")
        let message = "'\(evidence.word)' is a common misspelling of \(listed)"
        guard entry.isCertain else {
            return SpellingVerdict(corrections: corrections, applicability: .displayOnly, message: message)
        }
        // A capital mid-sentence may be a name the list has never met.
        let sure = evidence.shape == .lowercase || evidence.atSentenceStart
        return SpellingVerdict(corrections: corrections, applicability: sure ? .safe : .unsafe, message: message)
    }

    /// A capitalised word inside a sentence is taken from the table only
    /// when the table is sure and the word is long enough not to be a
    /// short name ("Mear", "Optio").
    static func tableApplies(to evidence: SpellingEvidence, _ entry: KnownTypos.Entry, scoring: SpellingScoring) -> Bool {
        evidence.shape == .lowercase || evidence.atSentenceStart
            || (entry.isCertain && evidence.letters.count >= scoring.minimumCapitalisedLength)
    }

    private static func fromStoryName(_ match: StoryNames.Match, _ evidence: SpellingEvidence) -> SpellingVerdict {
        let message = "'\(evidence.word)' looks like a slip for '\(match.name)', which appears \(match.occurrences) times in this story"
        let sure = match.measure.edits == 1 && evidence.letters.count >= 5
        return SpellingVerdict(corrections: [match.name], applicability: sure ? .safe : .unsafe, message: message)
    }
}
