import NewslintCore
import NewslintText

/// Splits a mixed-case word at its case changes: "TheWorld" → The World,
/// "theBBC" → the BBC, "TVshows" → TV shows, "KoloToure" → Kolo Toure.
/// Brands look the same (WhatsApp, PlayStation), so a split is reported
/// only with evidence: the first piece is a function word, or the pieces
/// stand side by side elsewhere in the story, or each stands alone there
/// as a capitalised word.
enum MixedCaseSplit {
    /// The applicability of splitting `candidate` into `pieces`, or nil
    /// when there is no evidence for it.
    static func judge(
        _ candidate: JoinCandidate, pieces: [Range<Int>], bigrams: BigramTable, usage: WordUsage, recurs: Bool
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
        guard besideInStory || functionStart || functionEnd || namesInStory || titleStart else { return nil }
        // A mixed-case word the story writes twice is a brand ("RipGuard"),
        // even if the story once writes it apart, unless a title precedes.
        if recurs && !titleStart { return nil }
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
