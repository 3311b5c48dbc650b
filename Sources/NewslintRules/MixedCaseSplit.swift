import NewslintCore
import NewslintText

/// Splits a mixed-case word at its case changes: "TheWorld" → The World,
/// "theBBC" → the BBC, "TVshows" → TV shows, "KoloToure" → Kolo Toure.
/// Brands look the same (WhatsApp, PlayStation), so a split is reported
/// only with evidence: the first piece is a function word or a title, or
/// the pieces stand side by side elsewhere in the story, or each stands
/// alone there as a capitalised word, or the first is a common given name
/// ("TonyBlair"; offered, not applied, without the story's support).
enum MixedCaseSplit {
    /// The applicability of splitting `candidate` into `pieces`, or nil
    /// when there is no evidence for it.
    static func judge(
        _ candidate: JoinCandidate, pieces: [Range<Int>], bigrams: BigramTable, usage: WordUsage,
        lexicon: Lexicon, givenNames: EmbeddedWordSet, recurs: Bool
    ) -> Applicability? {
        let words = pieces.map { candidate.letters[$0] }
        let first = String(decoding: words[0], as: UTF8.self).lowercased()
        let neighbours = Array(zip(words, words.dropFirst()))
        let besideInStory = neighbours.allSatisfy { usage.pairAppears($0, $1) }
        let functionStart = FunctionWords.gluedToNames.contains(first)
        let namesInStory = words.allSatisfy { $0.first!.isASCIIUppercase && usage.capitalisedInsideSentences($0) > 0 }
        // A title before a name: "MrKhatami", "ChancellorGordon".
        let titleStart = words.count == 2 && NameTitles.all.contains(first)
        // An acronym glued to a following function word: "FDIin", "UKis".
        let last = String(decoding: words[words.count - 1], as: UTF8.self)
        let functionEnd = FunctionWords.gluedToNames.contains(last)
        // A given name and a surname: "TonyBlair", "CateBlanchett". Brands
        // glue other words (HarperCollins, DaimlerChrysler, PlayStation).
        let givenNameFirst = Self.isGivenNameAndName(words, givenNames, lexicon: lexicon)
        guard besideInStory || functionStart || functionEnd || namesInStory || titleStart || givenNameFirst else { return nil }
        // A mixed-case word the story writes twice is a brand ("RipGuard"),
        // even if the story once writes it apart, unless a title precedes.
        if recurs && !titleStart { return nil }
        // Without the story's word for it, a name split is only offered:
        // "MaryAnn" may be one name.
        if givenNameFirst && !besideInStory && !namesInStory && !titleStart { return .unsafe }
        let attested = neighbours.allSatisfy { bigrams.count($0, $1) != nil }
        let functionEdge = functionStart || functionEnd
        return besideInStory || (functionEdge && (attested || pieces.count == 2)) ? .safe : .unsafe
    }

    /// Pieces at each case change, each a known word, name or acronym;
    /// nil when a piece is none of these or there is only one.
    static func pieces(_ letters: [UInt8], lexicon: Lexicon, givenNames: EmbeddedWordSet) -> [Range<Int>]? {
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
        // A surname the lexicon lacks after a given name: "CateBlanchett".
        let nameAfterGivenName = pieces.count == 2 && isGivenNameAndName(pieces.map { letters[$0] }, givenNames, lexicon: lexicon)
        return (valid || nameAfterGivenName) && pieces.count >= 2 ? pieces : nil
    }

    /// Two capitalised words, the first a common given name of three letters
    /// or more and not a surname particle (MacLaine, DeVito), the second
    /// three letters or more and not a common English word (MiraLab): "Tony"
    /// + "Blair".
    static func isGivenNameAndName(_ words: [ArraySlice<UInt8>], _ givenNames: EmbeddedWordSet, lexicon: Lexicon) -> Bool {
        guard words.count == 2, words[0].count >= 3, words[1].count >= 3,
              words.allSatisfy({ $0.first!.isASCIIUppercase && $0.dropFirst().allSatisfy(\.isASCIILowercase) }),
              !surnameParticles.contains(String(decoding: words[0], as: UTF8.self).lowercased()),
              givenNames.contains(words[0])
        else { return false }
        let second = words[1].map { $0 | 0x20 }
        let common = second.withUnsafeBufferPointer { lexicon.word($0) }.map { $0.cost < commonWordCost } ?? false
        return !common
    }

    private static let surnameParticles: Set<String> = ["mac", "van", "von", "del", "della", "der", "den", "ter", "fitz", "san"]
    /// About one use in 20,000 words: "lab", "hill"; "blair", "hunter" are rarer.
    private static let commonWordCost: Float = 10

    private static func isKnown(_ piece: ArraySlice<UInt8>, _ lexicon: Lexicon) -> Bool {
        piece.count >= 2 && piece.withUnsafeBufferPointer { lexicon.lookup($0) != nil }
    }
}
