import NewslintCore
import NewslintText

/// Splits a mixed-case word at its case changes: "TheWorld" → The World,
/// "theBBC" → the BBC, "TVshows" → TV shows, "KoloToure" → Kolo Toure.
/// Brands look the same (WhatsApp, PlayStation), so a split is reported
/// only with evidence: the first piece is a function word or a title, or
/// the pieces stand side by side elsewhere in the story, or each stands
/// alone there as a capitalised word, or the first is a common given name
/// ("TonyBlair"; offered, not applied, without the story's support); or an
/// acronym meets a small-letter word ("TVshows", "toldBBC"), or a small-
/// letter word meets the pronoun ("andI"); or two words of a place's name
/// ("HongKong"); and, only offered, an acronym the story uses alone before
/// a capitalised word ("BBCRadio"), or two capitalised words of a very
/// common pair ("PrimeMinister").
enum MixedCaseSplit {
    /// The applicability of splitting `candidate` into `pieces`, or nil
    /// when there is no evidence for it.
    static func judge(
        _ candidate: JoinCandidate, pieces: [Range<Int>], bigrams: BigramTable, usage: WordUsage,
        lexicon: Lexicon, givenNames: EmbeddedWordSet, placePairs: EmbeddedWordSet, recurs: Bool
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
        // A surname the story uses on its own after a given name, even a
        // common word: "TonyHunter" … "Hunter said".
        let givenNameAndSurnameInStory = words.count == 2 && givenNames.contains(words[0]) && words[0].count >= 3
            && isCapitalisedWord(words[1]) && usage.capitalisedInsideSentences(words[1]) > 0
        // A name, then a surname the lexicon lacks that the story uses on
        // its own twice or more: "KoloToure" … "Goalscorer Toure".
        let nameAndUnknownSurnameInStory = isNameAndUnknownSurnameInStory(words, lexicon: lexicon, usage: usage)
        // An acronym and a small-letter word: "TVshows", "UStakeover", or
        // a shorter word that follows names and is no name's end: "GMhad".
        let acronymThenWord = words.count == 2 && isAcronym(words[0]) && words[1].allSatisfy(\.isASCIILowercase)
            && (words[1].count >= 4 || FunctionWords.gluedAfterNames.contains(last))
        // An acronym the story uses on its own, glued to a capitalised
        // common word: "BBCRadio", "BBCNews". Brands are written so too
        // ("PCWorld"), so it is only offered.
        let acronymThenCapitalisedWord = words.count == 2 && isAcronym(words[0]) && isCapitalisedWord(words[1])
            && words[1].count >= 3 && words[1].withUnsafeBufferPointer { lexicon.word($0) != nil }
            && usage.standsAlone(words[0])
        // Two capitalised common words English writes side by side a
        // hundred million times or more: "PrimeMinister", "NewYear". Offered.
        let commonPair = words.count == 2 && words.allSatisfy(isCapitalisedWord)
            && words.allSatisfy { word in word.withUnsafeBufferPointer { lexicon.word($0) != nil } }
            && (bigrams.count(words[0], words[1]) ?? 0) >= JoinedWordsRule.nameEndPairCount
        // A small-letter word English glues to what follows, then a name or
        // an acronym: "saidHMV".
        let smallFunctionWordFirst = words[0].first!.isASCIILowercase && FunctionWords.all.contains(first)
        // A small-letter word and an acronym: "toldBBC", "primaryUS".
        let wordThenAcronym = words.count == 2 && words[0].count >= 4 && words[0].allSatisfy(\.isASCIILowercase)
            && !productPrefixes.contains(first) && isAcronym(words[1])
        // Two words of a place's name: "HongKong", "NewZealand", "SouthKorea".
        let placeName = words.count == 2 && words.allSatisfy(isCapitalisedWord)
            && placePairs.contains(words[0] + [UInt8(ascii: " ")] + words[1])
        // The pronoun "I" after a small-letter word: "andI", "ThenI".
        let pronounLast = words.count == 2 && last == "I" && words[0].last!.isASCIILowercase
        guard besideInStory || functionStart || functionEnd || namesInStory || titleStart || givenNameFirst
            || givenNameAndSurnameInStory || nameAndUnknownSurnameInStory || acronymThenWord || wordThenAcronym
            || smallFunctionWordFirst || pronounLast || placeName || acronymThenCapitalisedWord
            || commonPair
        else { return nil }
        // A place's name is two words however often the story glues it.
        if placeName { return .safe }
        // A mixed-case word the story writes twice is a brand ("RipGuard"),
        // even if the story once writes it apart, unless a title precedes
        // or it is a given name and a surname, no common word, that the
        // story uses on its own ("JohnnyDepp" twice … "Depp has become";
        // not "MiraLab" … "the Lab").
        if recurs && !titleStart && !(givenNameAndSurnameInStory && givenNameFirst) { return nil }
        if titleStart {
            // "Mr", "Ms", "Dr" glue to nothing but a name; an office
            // ("PresidentBush") is sure when the story names the person alone.
            let honorific = NameTitles.honorifics.contains(first)
            return besideInStory || honorific || usage.capitalisedInsideSentences(words[1]) > 0 ? .safe : .unsafe
        }
        if givenNameAndSurnameInStory { return .safe }
        if nameAndUnknownSurnameInStory { return besideInStory ? .safe : .unsafe }
        // Without the story's word for it, a name split is only offered:
        // "MaryAnn" may be one name.
        if givenNameFirst && !besideInStory && !namesInStory { return .unsafe }
        let attested = neighbours.allSatisfy { bigrams.count($0, $1) != nil }
        if acronymThenWord {
            // Sure when the story or the lexicon knows the acronym on its own.
            return besideInStory || usage.standsAlone(words[0]) || isKnown(words[0], lexicon) ? .safe : .unsafe
        }
        if wordThenAcronym && !smallFunctionWordFirst {
            return besideInStory || usage.standsAlone(words[1]) || isKnown(words[1], lexicon) ? .safe : .unsafe
        }
        if pronounLast { return besideInStory || attested ? .safe : .unsafe }
        if acronymThenCapitalisedWord && !functionStart && !functionEnd { return besideInStory ? .safe : .unsafe }
        let functionEdge = functionStart || functionEnd || smallFunctionWordFirst
        return besideInStory || (functionEdge && (attested || pieces.count == 2)) ? .safe : .unsafe
    }

    /// Pieces at each case change ("Mc" and "Mac" stay with their name),
    /// each a known word, name or acronym, a name the story uses on its own,
    /// or a final pronoun "I"; or a given name or a title and a name. Nil
    /// when a piece is none of these or there is only one.
    static func pieces(_ letters: [UInt8], lexicon: Lexicon, givenNames: EmbeddedWordSet, usage: WordUsage) -> [Range<Int>]? {
        var boundaries: [Int] = []
        var index = 1
        while index < letters.count {
            let previous = letters[index - 1], current = letters[index]
            if previous.isASCIILowercase && current.isASCIIUppercase {
                // "Mc" and "Mac" start a name: "MrMcCartney" is Mr | McCartney.
                let start = boundaries.last ?? 0
                let particle = surnamePrefixes.contains { letters[start..<index].elementsEqual($0) }
                if !particle { boundaries.append(index) }  // "theBBC", "KoloToure"
            } else if previous.isASCIIUppercase && current.isASCIILowercase && index >= 2 && letters[index - 2].isASCIIUppercase {
                // A run of capitals then small letters: "BBCNews" (BBC | News)
                // or "TVshows" (TV | shows); a final "s" is a plural ("DJs").
                let lowerEnd = letters[index...].firstIndex(where: \.isASCIIUppercase) ?? letters.count
                if lowerEnd - index == 1 && letters[index] == UInt8(ascii: "s") {
                    index += 1
                    continue
                }
                // A function word after an acronym stays whole: "TIMand"
                // is TIM | and, not TI | Mand.
                let asWord = (index - 1)..<lowerEnd
                let functionWordAfter = FunctionWords.gluedToNames.contains(String(decoding: letters[index..<lowerEnd], as: UTF8.self))
                boundaries.append(!functionWordAfter && isKnown(letters[asWord], lexicon) ? index - 1 : index)
            }
            index += 1
        }
        var pieces: [Range<Int>] = []
        var start = 0
        for boundary in boundaries + [letters.count] where boundary > start {
            pieces.append(start..<boundary)
            start = boundary
        }
        guard pieces.count >= 2 else { return nil }
        let valid = pieces.indices.allSatisfy { index in
            let piece = letters[pieces[index]]
            // A final "I" after a small letter is the pronoun: "andI".
            if index == pieces.count - 1 && piece.count == 1 && piece.first == UInt8(ascii: "I") { return true }
            // A first "a" before an acronym is the article: "aDVD".
            if index == 0 && piece.count == 1 && piece.first == UInt8(ascii: "a") { return true }
            // A name the lexicon lacks but the story writes on its own: "Toure".
            let nameInStory = isCapitalisedWord(piece) && piece.count >= 3 && usage.capitalisedInsideSentences(piece) > 0
            return isAcronym(piece) || isKnown(piece, lexicon) || nameInStory
        }
        let words = pieces.map { letters[$0] }
        // A surname the lexicon lacks after a given name ("CateBlanchett"),
        // after a title ("MrKhatami"), or after any name when the story
        // uses the surname on its own twice ("KoloToure").
        let firstNameAndSurname = pieces.count == 2 && (isGivenNameAndName(words, givenNames, lexicon: lexicon)
            || isNameAndUnknownSurnameInStory(words, lexicon: lexicon, usage: usage))
        let nameAfterTitle = pieces.count == 2 && NameTitles.all.contains(String(decoding: words[0], as: UTF8.self).lowercased())
            && isCapitalisedWord(words[1]) && words[1].count >= 3
        return valid || firstNameAndSurname || nameAfterTitle ? pieces : nil
    }

    /// Two capitalised words, the first a common given name of three letters
    /// or more and not a surname particle (MacLaine, DeVito), the second
    /// three letters or more (perhaps "Mc" or "Mac" and a capitalised word)
    /// and not a common English word (MiraLab): "Tony" + "Blair", "Alex" +
    /// "McLeish".
    static func isGivenNameAndName(_ words: [ArraySlice<UInt8>], _ givenNames: EmbeddedWordSet, lexicon: Lexicon) -> Bool {
        guard words.count == 2, words[0].count >= 3, words[1].count >= 3,
              isCapitalisedWord(words[0]), isCapitalisedWord(words[1]) || isScottishOrIrishSurname(words[1]),
              !surnameParticles.contains(String(decoding: words[0], as: UTF8.self).lowercased()),
              givenNames.contains(words[0])
        else { return false }
        let second = words[1].map { $0 | 0x20 }
        let common = second.withUnsafeBufferPointer { lexicon.word($0) }.map { $0.cost < commonWordCost } ?? false
        return !common
    }

    /// Two capitalised words of three letters or more, the second a name
    /// the lexicon does not know that the story uses on its own inside
    /// sentences at least twice: a first name and a surname ("KoloToure" …
    /// "help Toure"). Brands end in known words (PetroVietnam, YouTube).
    static func isNameAndUnknownSurnameInStory(_ words: [ArraySlice<UInt8>], lexicon: Lexicon, usage: WordUsage) -> Bool {
        guard words.count == 2, words.allSatisfy({ $0.count >= 3 && isCapitalisedWord($0) }), !isKnown(words[1], lexicon)
        else { return false }
        return usage.capitalisedInsideSentences(words[1]) >= 2
    }

    /// Small-letter words that start product names before an acronym:
    /// freeBSD, openSUSE, watchOS, microSD, miniUSB.
    private static let productPrefixes: Set<String> = ["free", "open", "watch", "micro", "mini", "nano", "pico"]

    private static let surnameParticles: Set<String> = ["mac", "van", "von", "del", "della", "der", "den", "ter", "fitz", "san"]
    /// About one use in 20,000 words: "lab", "hill"; "blair", "hunter" are rarer.
    private static let commonWordCost: Float = 10

    /// Two capitals or more, and perhaps a plural "s": "TV", "MEPs".
    private static func isAcronym(_ piece: ArraySlice<UInt8>) -> Bool {
        piece.count >= 2 && piece.dropLast(piece.last == UInt8(ascii: "s") ? 1 : 0).allSatisfy(\.isASCIIUppercase)
    }

    /// What starts a Scottish or Irish surname and stays with it.
    private static let surnamePrefixes: [[UInt8]] = [Array("Mc".utf8), Array("Mac".utf8)]

    /// "Mc" or "Mac" and a capitalised word: "McLeish", "MacLaine".
    private static func isScottishOrIrishSurname(_ piece: ArraySlice<UInt8>) -> Bool {
        for prefix in surnamePrefixes where piece.starts(with: prefix) {
            let rest = piece.dropFirst(prefix.count)
            if rest.count >= 2 && isCapitalisedWord(rest) { return true }
        }
        return false
    }

    /// A capital, then small letters only: "Toure".
    private static func isCapitalisedWord(_ piece: ArraySlice<UInt8>) -> Bool {
        piece.first!.isASCIIUppercase && piece.dropFirst().allSatisfy(\.isASCIILowercase)
    }

    private static func isKnown(_ piece: ArraySlice<UInt8>, _ lexicon: Lexicon) -> Bool {
        piece.count >= 2 && piece.withUnsafeBufferPointer { lexicon.lookup($0) != nil }
    }
}
