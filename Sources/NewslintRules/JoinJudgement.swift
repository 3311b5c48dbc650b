import NewslintCore
import NewslintText

/// Whether the best split of a candidate is reported, and how sure its fix
/// is. The score is how much cheaper the split is than the word left whole,
/// plus credits for independent evidence: the pieces form a known English
/// bigram, or stand side by side elsewhere in the story; a piece is a
/// function word; the first piece is inflected (-ed, -ing, -ly), which
/// English compounds rarely are; the case changes inside the word.
enum JoinJudgement {
    /// The fix's applicability, or nil when the split is not reported.
    static func judge(
        candidate: JoinCandidate, best: WordSegmenter.Split, runnerUp: WordSegmenter.Split?,
        scoring: JoinedWordsScoring, bigrams: BigramTable, usage: WordUsage, atSentenceStart: Bool, recurs: Bool,
        firstPieceIsProperNoun: Bool, oneSlipFromAWord: () -> Bool
    ) -> Applicability? {
        let letters = candidate.letters
        let pieces = best.pieces.map { letters[$0] }
        let lowered = pieces.map { String(decoding: $0, as: UTF8.self).lowercased() }
        let neighbours = Array(zip(pieces, pieces.dropFirst()))
        let attestedPairs = neighbours.map { bigrams.count($0, $1) != nil }
        let attested = attestedPairs.allSatisfy { $0 }
        let besideInStory = neighbours.contains { usage.pairAppears($0, $1) }
        let functionEdge = FunctionWords.all.contains(lowered.first!) || FunctionWords.all.contains(lowered.last!)

        // "hehe", "bonbon": reduplication, not two words; but a doubled
        // function word of three letters or more is ("thethe", "andand").
        if Set(lowered).count == 1 && !(lowered[0].count >= 3 && FunctionWords.all.contains(lowered[0])) { return nil }
        // A proper noun of four letters or more (a place, a people, a day:
        // "London", "Iraq", "Sunday"), then a word of three letters or more:
        // "Londonheard", "Iraqwar" (names end in short ones: Perakis).
        let properNounFirst = candidate.shape == .capitalised && pieces.count == 2 && pieces[0].count >= 4
            && (pieces[1].count >= 3 || ["in", "on"].contains(lowered[1])) && firstPieceIsProperNoun
        var mostSure = Applicability.safe
        // A word the story writes twice or more is a name ("Vinamilk") unless
        // the pieces stand apart in the story too, or form a common English
        // pair with a function word ("weare" twice in a damaged story).
        if recurs && !besideInStory && !(attested && (functionEdge || lowered[0] == "i")) { return nil }
        // A one-letter piece ("a") only inside a pair English uses, or
        // after a verb's -ed or -ing form ("tableda", "risinga").
        for (index, piece) in pieces.enumerated() where piece.count == 1 {
            let afterVerbForm = index == pieces.count - 1 && index > 0 && isVerbForm(lowered[index - 1])
            // The pronoun before a word: "Ijoined", "Isincerely".
            let pronounFirst = index == 0 && piece.first == UInt8(ascii: "I") && pieces.count == 2 && pieces[1].count >= 4
            // The article before a long word: "arenminbi" can only be "a
            // renminbi"; but "adiction" is "addiction" misspelled. Before a
            // capital the case change says it: "aRussian", "aLord".
            let articleFirst = index == 0 && lowered[0] == "a" && pieces.count == 2
                && ((candidate.shape == .caseBoundary && pieces[1].count >= 3)
                    || (candidate.shape == .lowercase && pieces[1].count >= 6 && !oneSlipFromAWord()))
            if pronounFirst || articleFirst { continue }
            let withPrevious = index > 0 && (attestedPairs[index - 1] || afterVerbForm)
            let withNext = index < attestedPairs.count && attestedPairs[index]
            if !withPrevious && !withNext { return nil }
        }
        if candidate.shape == .capitalised {
            // Names are glued to nothing: at most two pieces, and in mid-
            // sentence only when the story uses the first piece as a name
            // elsewhere, twice ("FM Son" … "Sonaffirmed"), or once and a
            // function word follows ("Russiato"); a capitalised pronoun
            // starts a sentence or a quotation wherever it stands.
            if pieces.count > 2 { return nil }
            // A pronoun needs a real word after it ("Wein", "Shea" are names).
            let isPronoun = FunctionWords.pronouns.contains(lowered[0]) && (lowered[0] == "i" || pieces[1].count >= 3)
            let usedAsName = usage.capitalisedInsideSentences(pieces[0])
            let nameThenFunctionWord = usedAsName >= 1 && pieces[0].count >= 3 && FunctionWords.all.contains(lowered[1])
            // A function word that ends few names, or any after a long word
            // ("Staffordshireon").
            let thenFunctionWord = (pieces[0].count >= 3 && FunctionWords.gluedAfterNames.contains(lowered[1]))
                || (pieces[0].count >= 7 && lowered[1].count >= 2 && FunctionWords.all.contains(lowered[1]))
            // A name the story uses elsewhere, glued to a word of six letters or more ("Torychallenge").
            let nameThenWord = usedAsName >= 1 && pieces[0].count >= 3 && pieces[1].count >= 6
            // A past-tense verb of five letters or more after a word of
            // four or more: "Departmentadded", "Televisiondecided".
            let thenPastVerb = pieces[0].count >= 4 && lowered[1].count >= 5 && lowered[1].hasSuffix("ed")
            // A small-letter word of eight letters or more, which few names
            // end in: "Todayprogramme", "Uefaregulations".
            let thenLongWord = pieces[0].count >= 4 && pieces[1].count >= 8
            let supported = atSentenceStart || besideInStory || isPronoun || nameThenFunctionWord || usedAsName >= 2 || nameThenWord
            // Without the story's support, a known word or name glued to a
            // longer function word ("Mozambiqueand", "Chancellorhas") is
            // only offered; names end in the short ones (Gallin, Pointon,
            // Dragan, Mischer), but proper nouns do not ("Francein").
            if !supported && !thenFunctionWord && !properNounFirst && !thenPastVerb && !thenLongWord { return nil }
            if !supported { mostSure = .unsafe }
        }
        // "outperformance", "audioblogs": productive compounds, not glued
        // words, unless English uses the two words side by side. A case
        // change inside the word ("underLester") is no compound.
        let compoundPart = CompoundParts.prefixes.contains(lowered.first!) || CompoundParts.suffixes.contains(lowered.last!)
        if compoundPart && !attested && !besideInStory && candidate.shape != .caseBoundary { return nil }

        var wholeCost = scoring.unknownBase + scoring.unknownPerLetter * Float(letters.count)
        if candidate.shape == .capitalised { wholeCost += scoring.capitalisedExtra }
        var score = wholeCost - best.cost
        if attested { score += scoring.attestedBigramCredit }
        if besideInStory { score += scoring.besideInStoryCredit }
        if functionEdge { score += scoring.functionWordCredit }
        if isInflected(lowered.first!) { score += scoring.inflectionCredit }
        if candidate.shape == .caseBoundary { score += scoring.caseBoundaryCredit }

        guard score >= scoring.reportScore else { return nil }
        // A weak split of a word one slip from a known word is a typo,
        // the misspelling rule's to report: "manaher" (manager), not "mana her".
        if score < scoring.typoCheckScore && oneSlipFromAWord() { return nil }
        let clearOfRunnerUp = runnerUp.map { $0.cost - best.cost >= scoring.alternativeMargin } ?? true
        return score >= scoring.safeScore && clearOfRunnerUp && mostSure == .safe ? .safe : .unsafe
    }

    private static func isVerbForm(_ word: String) -> Bool {
        word.count >= 5 && (word.hasSuffix("ed") || word.hasSuffix("ing"))
    }

    /// A verb form or an -ly adverb: English compounds rarely start with one.
    private static func isInflected(_ word: String) -> Bool {
        isVerbForm(word) || (word.count >= 5 && word.hasSuffix("ly"))
    }
}
