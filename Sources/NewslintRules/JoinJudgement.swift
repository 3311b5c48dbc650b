import Foundation
import NewslintCore
import NewslintText

/// Whether the best split of a candidate is reported, and how sure its fix
/// is. The score is how much cheaper the split is than the word left whole,
/// plus credits for independent evidence: the pieces form a known English
/// bigram, or stand side by side elsewhere in the story; a piece is a
/// function word; the first piece is inflected (-ed, -ing, -ly), which
/// English compounds rarely are; the case changes inside the word.
struct JoinJudgement {
    /// nil when the split is not reported.
    let applicability: Applicability?

    init(candidate: JoinCandidate, best: WordSegmenter.Split, runnerUp: WordSegmenter.Split?,
         scoring: JoinedWordsScoring, bigrams: BigramTable, usage: WordUsage, atSentenceStart: Bool) {
        applicability = Self.judge(candidate: candidate, best: best, runnerUp: runnerUp, scoring: scoring,
                                   bigrams: bigrams, usage: usage, atSentenceStart: atSentenceStart)
    }

    private static func judge(
        candidate: JoinCandidate, best: WordSegmenter.Split, runnerUp: WordSegmenter.Split?,
        scoring: JoinedWordsScoring, bigrams: BigramTable, usage: WordUsage, atSentenceStart: Bool
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
            // function word follows ("Russiato"); "I" is always a capital.
            if pieces.count > 2 { return nil }
            let isPronoun = lowered[0] == "i"
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

/// Splits a mixed-case word at its case changes: "TheWorld" → The World,
/// "theBBC" → the BBC, "TVshows" → TV shows, "KoloToure" → Kolo Toure.
/// Brands look the same (WhatsApp, PlayStation), so a split is reported
/// only with evidence: the first piece is a function word, or the pieces
/// stand side by side elsewhere in the story, or each stands alone there
/// as a capitalised word.
enum MixedCaseSplit {
    /// The applicability of splitting `candidate` into `pieces`, or nil
    /// when there is no evidence for it.
    static func judge(_ candidate: JoinCandidate, pieces: [Range<Int>], bigrams: BigramTable, usage: WordUsage) -> Applicability? {
        let words = pieces.map { candidate.letters[$0] }
        let first = String(decoding: words[0], as: UTF8.self).lowercased()
        let neighbours = Array(zip(words, words.dropFirst()))
        let besideInStory = neighbours.allSatisfy { usage.pairAppears($0, $1) }
        let functionStart = FunctionWords.gluedToNames.contains(first)
        let namesInStory = words.allSatisfy { $0.first!.isASCIIUppercase && usage.capitalisedInsideSentences($0) > 0 }
        // An acronym glued to a following function word: "FDIin", "UKis".
        let last = String(decoding: words[words.count - 1], as: UTF8.self)
        let functionEnd = FunctionWords.gluedToNames.contains(last)
        guard besideInStory || functionStart || functionEnd || namesInStory else { return nil }
        let attested = neighbours.allSatisfy { bigrams.count($0, $1) != nil }
        let functionEdge = functionStart || functionEnd
        return besideInStory || (functionEdge && (attested || pieces.count == 2)) ? .safe : .unsafe
    }

    /// Pieces at each case change, each a known word, name or acronym;
    /// nil when a piece is none of these or there is only one.
    static func pieces(_ letters: [UInt8], lexicon: Lexicon) -> [Range<Int>]? {
        var boundaries: [Int] = []
        var index = 1
        while index < letters.count {
            let previous = letters[index - 1], current = letters[index]
            if previous.isASCIILowercase && current.isASCIIUppercase {
                boundaries.append(index)  // "theBBC", "KoloToure"
            } else if previous.isASCIIUppercase && current.isASCIILowercase && index >= 2 && letters[index - 2].isASCIIUppercase {
                // A run of capitals then small letters: "BBCNews" (BBC | News)
                // or "TVshows" (TV | shows); a final "s" is a plural ("DJs").
                let lowerEnd = letters[index...].firstIndex(where: \.isASCIIUppercase) ?? letters.count
                if lowerEnd - index == 1 && letters[index] == UInt8(ascii: "s") {
                    index += 1
                    continue
                }
                let asWord = (index - 1)..<lowerEnd
                boundaries.append(isKnown(letters[asWord], lexicon) ? index - 1 : index)
            }
            index += 1
        }
        var pieces: [Range<Int>] = []
        var start = 0
        for boundary in boundaries + [letters.count] where boundary > start {
            pieces.append(start..<boundary)
            start = boundary
        }
        let valid = pieces.allSatisfy { range in
            let piece = letters[range]
            let acronym = piece.count >= 2 && piece.dropLast(piece.last == UInt8(ascii: "s") ? 1 : 0).allSatisfy(\.isASCIIUppercase)
            return acronym || isKnown(piece, lexicon)
        }
        return valid && pieces.count >= 2 ? pieces : nil
    }

    private static func isKnown(_ piece: ArraySlice<UInt8>, _ lexicon: Lexicon) -> Bool {
        piece.count >= 2 && piece.withUnsafeBufferPointer { lexicon.lookup($0) != nil }
    }
}

/// Closed-class English words: a glued word that starts or ends with one
/// is very likely two words.
enum FunctionWords {
    static let all: Set<String> = [
        "a", "about", "after", "against", "all", "also", "an", "and", "are", "as", "at", "be", "been", "before",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from",
        "had", "has", "have", "he", "her", "his", "how", "if", "in", "into", "is", "it", "its", "may", "more",
        "most", "must", "no", "not", "of", "on", "or", "our", "over", "said", "says", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "to", "under", "up", "was", "we", "were", "what", "when", "which", "while", "who", "will",
        "with", "would", "you", "your",
    ]

    /// The function words a capitalised name or acronym may be glued to
    /// ("theBBC", "TheWorld"); "you", "my" and the like start too many
    /// brands (YouTube, MySpace).
    static let gluedToNames: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "no", "of", "on", "or",
        "than", "that", "the", "to", "was", "with",
    ]
}

/// Word-forming pieces English glues on freely: a split at one is a
/// compound, not a lost space, unless the pair is an attested bigram.
enum CompoundParts {
    static let prefixes: Set<String> = [
        "anti", "audio", "back", "bio", "co", "counter", "cross", "cyber", "down", "eco", "euro", "geo", "hyper",
        "inter", "macro", "mega", "micro", "mid", "mini", "multi", "neo", "non", "off", "out", "over", "post",
        "pre", "pro", "re", "self", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under", "up", "video",
    ]
    static let suffixes: Set<String> = [
        "ally", "able", "fold", "free", "hood", "less", "like", "ness", "ship", "side", "wards", "ward", "wide",
        "wise", "ism", "ist", "ists", "ise", "ize",
    ]
}

/// Offsets of the words that begin a sentence or a line (headlines).
struct SentenceStarts {
    /// Sorted offsets.
    private var starts: [Int] = []

    init(_ document: Document) {
        let sentences = document.sentences
        var sentenceIndex = 0
        var expectingStart = true
        var previousWasLineBreak = true
        document.bytes.withUnsafeBufferPointer { bytes in
            for token in document.tokens {
                let range = token.range
                while sentenceIndex < sentences.count && sentences[sentenceIndex].end <= range.start {
                    sentenceIndex += 1
                    expectingStart = true
                }
                if token.kind == .whitespace {
                    if bytes[range.start..<range.end].contains(where: \.isLineBreak) { previousWasLineBreak = true }
                    continue
                }
                if token.kind == .word && (expectingStart || previousWasLineBreak) { starts.append(range.start) }
                if token.kind == .word || token.kind == .number { expectingStart = false }
                previousWasLineBreak = false
            }
        }
    }

    func contains(_ offset: Int) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && starts[low] == offset
    }

    /// The sorted offsets, for a caller that walks them alongside the tokens.
    var sortedOffsets: [Int] { starts }
}
