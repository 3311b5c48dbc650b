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
        scoring: JoinedWordsScoring, bigrams: BigramTable, usage: WordUsage, atSentenceStart: Bool, recurs: Bool
    ) -> Applicability? {
        let letters = candidate.letters
        let pieces = best.pieces.map { letters[$0] }
        let lowered = pieces.map { String(decoding: $0, as: UTF8.self).lowercased() }
        let neighbours = Array(zip(pieces, pieces.dropFirst()))
        let attestedPairs = neighbours.map { bigrams.count($0, $1) != nil }
        let attested = attestedPairs.allSatisfy { $0 }
        let besideInStory = neighbours.contains { usage.pairAppears($0, $1) }
        let functionEdge = FunctionWords.all.contains(lowered.first!) || FunctionWords.all.contains(lowered.last!)

        // "hehe", "bonbon": reduplication, not two words.
        if Set(lowered).count == 1 { return nil }
        // A word the story writes twice or more is a name ("Vinamilk") unless
        // the pieces stand apart in the story too, or form a common English
        // pair with a function word ("weare" twice in a damaged story).
        if recurs && !besideInStory && !(attested && functionEdge) { return nil }
        // A one-letter piece ("a") only inside a pair English uses.
        for (index, piece) in pieces.enumerated() where piece.count == 1 {
            let withPrevious = index > 0 && attestedPairs[index - 1]
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
            if !atSentenceStart && !besideInStory && !isPronoun && !nameThenFunctionWord && usedAsName < 2 { return nil }
        }
        // "outperformance", "audioblogs": productive compounds, not glued
        // words, unless English uses the two words side by side.
        let compoundPart = CompoundParts.prefixes.contains(lowered.first!) || CompoundParts.suffixes.contains(lowered.last!)
        if compoundPart && !attested && !besideInStory { return nil }

        var wholeCost = scoring.unknownBase + scoring.unknownPerLetter * Float(letters.count)
        if candidate.shape == .capitalised { wholeCost += scoring.capitalisedExtra }
        var score = wholeCost - best.cost
        if attested { score += scoring.attestedBigramCredit }
        if besideInStory { score += scoring.besideInStoryCredit }
        if functionEdge { score += scoring.functionWordCredit }
        if isInflected(lowered.first!) { score += scoring.inflectionCredit }
        if candidate.shape == .caseBoundary { score += scoring.caseBoundaryCredit }

        guard score >= scoring.reportScore else { return nil }
        let clearOfRunnerUp = runnerUp.map { $0.cost - best.cost >= scoring.alternativeMargin } ?? true
        return score >= scoring.safeScore && clearOfRunnerUp ? .safe : .unsafe
    }

    private static func isInflected(_ word: String) -> Bool {
        word.count >= 5 && (word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("ly"))
    }
}
