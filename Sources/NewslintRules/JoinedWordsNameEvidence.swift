import NewslintCore
import NewslintText

/// What joined-words reads about names around a capitalised candidate: a
/// proper noun as its first piece ("Londonheard"), the word before it (a
/// given name makes it a surname; "New" continues "Yorklight"), a fixture
/// ("Oldhamv Hull"), an initial in a line-up ("SBorthwick"), the few names
/// that read as a common pair at a sentence start ("Weare going"), the
/// pronoun glued to a known word before "n't" ("Idon't"), the inflected
/// words a name the story uses is glued to ("Pountneycannot"), and where a
/// quotation opens.
extension JoinedWordsRule {
    /// A known small-letter word of five letters or more that a name is
    /// not made of: a verb or plural form (-ed, -ing, -s) or "cannot".
    func isInflectedWord(_ piece: ArraySlice<UInt8>) -> Bool {
        guard piece.count >= 5, piece.allSatisfy(\.isASCIILowercase) else { return false }
        let word = String(decoding: piece, as: UTF8.self)
        let inflected = word.hasSuffix("ed") || word.hasSuffix("ing") || word.hasSuffix("s") || word == "cannot"
        return inflected && piece.withUnsafeBufferPointer { lexicon.word($0) != nil }
    }

    /// Whether a capitalised piece is a proper noun other than a given
    /// name: a word English writes only capitalised ("London", which the
    /// lexicon counts as "london"). The list leaves out given names, which
    /// start surnames ("Dave" of Daveport), unless they are places, days or
    /// months ("France", "Sunday"); the lexicon's other names start them
    /// too (the Vietnamese syllable "Long" of Longwell) and are not asked.
    func isProperNoun(_ piece: ArraySlice<UInt8>) -> Bool {
        piece.first?.isASCIIUppercase == true && properNouns.contains(piece)
    }

    /// A fixture's teams with the "v" glued to the first: a capitalised
    /// word ending in "v" after a place or a name of four letters or more
    /// (a proper noun, or a name the lexicon knows), before a capitalised
    /// word: "Oldhamv Hull", "Seychellesv Mauritius".
    func isFixture(_ candidate: JoinCandidate, in document: Document) -> Bool {
        let letters = candidate.letters, bytes = document.bytes, end = candidate.range.end
        guard candidate.shape == .capitalised, letters.count >= 5, letters.last == UInt8(ascii: "v"),
              end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "), bytes[end + 1].isASCIIUppercase
        else { return false }
        let team = letters.dropLast()
        return isProperNoun(team) || team.withUnsafeBufferPointer { lexicon.name($0) != nil }
    }

    /// An initial glued to a surname in a list of players or candidates
    /// written as initials and surnames: "D Bell (Bath), SBorthwick
    /// (Bath), A Hazell". A capital and a capitalised word of three
    /// letters or more, in a line with at least two other initials before
    /// a capitalised word. The pieces, or nil. "A" and "I" are words, not
    /// initials.
    func initialInLineUp(_ candidate: JoinCandidate, in document: Document) -> [Range<Int>]? {
        let letters = candidate.letters
        guard candidate.shape == .mixedCase, letters.count >= 4, letters[0].isASCIIUppercase, letters[1].isASCIIUppercase,
              letters[2...].allSatisfy(\.isASCIILowercase), letters[0] != UInt8(ascii: "A"), letters[0] != UInt8(ascii: "I")
        else { return nil }
        let bytes = document.bytes, contentStart = document.source.contentStart
        // The line, at most a few hundred bytes either way.
        var start = candidate.range.start, end = candidate.range.end
        while start > contentStart && candidate.range.start - start < 400 && !bytes[start - 1].isLineBreak { start -= 1 }
        while end < bytes.count && end - candidate.range.end < 400 && !bytes[end].isLineBreak { end += 1 }
        var initials = 0
        for index in start..<max(start, end - 3) where bytes[index].isASCIIUppercase {
            let isolated = index == contentStart || !bytes[index - 1].isASCIILetter
            if isolated && bytes[index + 1] == UInt8(ascii: " ") && bytes[index + 2].isASCIIUppercase
                && bytes[index + 3].isASCIILowercase {
                initials += 1
            }
        }
        return initials >= 2 ? [0..<1, 1..<letters.count] : nil
    }

    /// Whether the word at `range` opens a quotation, and so a sentence,
    /// inside the sentence the splitter found: `he wrote: "Itis in the
    /// country`. An opening quotation mark ('"' or '“') after a space, a
    /// line break or the start of the text.
    func opensQuotation(_ range: TextRange, in document: Document) -> Bool {
        let bytes = document.bytes, contentStart = document.source.contentStart
        let quote: Int
        if range.start - 1 >= contentStart && bytes[range.start - 1] == UInt8(ascii: "\"") {
            quote = range.start - 1
        } else if range.start - 3 >= contentStart && bytes[(range.start - 3)..<range.start].elementsEqual([0xE2, 0x80, 0x9C]) {
            quote = range.start - 3  // “
        } else {
            return false
        }
        return quote == contentStart || bytes[quote - 1] == UInt8(ascii: " ") || bytes[quote - 1].isLineBreak
    }

    /// Names the lexicon knows that start a sentence before a small-letter
    /// word and read as a pair of words English writes a billion times or
    /// more ("Weare going", a town, for "We are going"; "Ina few years"):
    /// the few known words joined-words examines, as the ranges of their
    /// letters. A name goes on with a capital ("Ina Garten").
    func namesReadAsPairs(in document: Document, sentenceStarts: SentenceStarts) -> [TextRange] {
        let bytes = document.bytes
        var found: [TextRange] = []
        for start in sentenceStarts.offsets where bytes[start].isASCIIUppercase {
            var end = start + 1
            while end < bytes.count && end - start <= 6 && bytes[end].isASCIILowercase { end += 1 }
            guard (3...6).contains(end - start), end + 1 < bytes.count, bytes[end] == UInt8(ascii: " "),
                  bytes[end + 1].isASCIILowercase else { continue }
            let letters = bytes[start..<end]
            let isNameOnly = letters.withUnsafeBufferPointer { lexicon.word($0) == nil && lexicon.name($0) != nil }
            guard isNameOnly, readsAsCommonPair(letters) else { continue }
            found.append(TextRange(start: start, end: end))
        }
        return found
    }

    /// The pronoun "I" glued to a verb before its "n't", where the glued
    /// letters are a word or name the lexicon knows, so they are no unknown
    /// word: "Idon't" ("Ido"), "Iwon't" ("Iwon"). Looked for at sentence
    /// starts; the ranges of the letters `endWithoutContraction` leaves.
    func pronounsBeforeNegation(in document: Document, sentenceStarts: SentenceStarts) -> [TextRange] {
        let bytes = document.bytes
        var found: [TextRange] = []
        for start in sentenceStarts.offsets where bytes[start] == UInt8(ascii: "I") {
            guard let index = document.tokenIndex(startingAt: start) else { continue }
            let token = document.tokens[index].range
            // Of the endings it leaves out, only "n't" ends in "t".
            guard bytes[token.end - 1] == UInt8(ascii: "t") else { continue }
            let end = bytes.withUnsafeBufferPointer { endWithoutContraction($0, token) }
            guard end < token.end, end - start >= 3 else { continue }
            let verb = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            guard Self.verbsBeforeNegation.contains(verb),
                  bytes[start..<end].withUnsafeBufferPointer({ lexicon.lookup($0) != nil })
            else { continue }
            found.append(TextRange(start: start, end: end))
        }
        return found
    }

    /// What stands before "n't" once `endWithoutContraction` has left it
    /// out: "do" of "don't", "won" of "won't", "can" of "can't".
    static let verbsBeforeNegation: Set<String> = [
        "can", "could", "did", "do", "does", "had", "has", "have", "is", "might", "must", "need", "should", "was", "were",
        "won", "would",
    ]

    /// Whether a function word and a word make up `letters` as a pair
    /// English writes a billion times or more ("we are", "in a").
    func readsAsCommonPair(_ letters: ArraySlice<UInt8>) -> Bool {
        let lowered = letters.map(\.asciiLowercased)
        return (1..<lowered.count).contains { split in
            let first = lowered[..<split], second = lowered[split...]
            let functionWord = FunctionWords.all.contains(String(decoding: first, as: UTF8.self))
                || FunctionWords.all.contains(String(decoding: second, as: UTF8.self))
            return functionWord && (bigrams.count(first, second) ?? 0) >= Self.commonPairCount
        }
    }

    /// A billion: "we are", "in a", "to go" (Google Books counts).
    static let commonPairCount = 1_000_000_000

    /// What the capitalised word one space before a capitalised candidate
    /// says about its first piece.
    enum NameBefore: Hashable {
        /// No capitalised word, or one that says nothing.
        case none
        /// A given name: the candidate is a surname ("Carl Myerscough",
        /// not "Myers cough"), whatever its pieces.
        case givenName
        /// A word the first piece ends a name with, as a pair English
        /// writes a hundred million times or more: "New Yorklight".
        case continued
    }

    /// The capitalised word one space before a candidate, if there is one.
    private func capitalisedWordBefore(_ candidate: JoinCandidate, in document: Document) -> ArraySlice<UInt8>? {
        let bytes = document.bytes
        let end = candidate.range.start - 1
        guard end > document.source.contentStart, bytes[end] == UInt8(ascii: " ") else { return nil }
        var start = end
        while start > document.source.contentStart && bytes[start - 1].isASCIILetter { start -= 1 }
        guard start < end, bytes[start].isASCIIUppercase else { return nil }
        return bytes[start..<end]
    }

    /// What `word`, before a capitalised candidate split into `pieces`, says.
    private func nameBefore(_ word: ArraySlice<UInt8>, _ candidate: JoinCandidate, pieces: [Range<Int>]) -> NameBefore {
        if givenNames.contains(word) { return .givenName }
        let pairCount = bigrams.count(word, candidate.letters[pieces[0]]) ?? 0
        return pieces.count == 2 && pairCount >= Self.nameEndPairCount ? .continued : .none
    }

    /// What the word before a capitalised candidate says, remembered by
    /// that word and the candidate's letters (their hashes): a story
    /// repeats its names, and each answer is a search of the given names
    /// and of the bigrams.
    struct NamesBeforeCache {
        private var known: [UInt64: NameBefore] = [:]

        mutating func nameBefore(
            _ candidate: JoinCandidate, pieces: [Range<Int>], in document: Document, rule: JoinedWordsRule
        ) -> NameBefore {
            guard let word = rule.capitalisedWordBefore(candidate, in: document) else { return .none }
            let key = WordUsage.pairHash(WordHash.of(word, lowercasing: false), WordHash.of(candidate.letters, lowercasing: false))
            if let answer = known[key] { return answer }
            let answer = rule.nameBefore(word, candidate, pieces: pieces)
            known[key] = answer
            return answer
        }
    }

    /// A hundred million: "new york", "high court" (Google Books counts).
    static let nameEndPairCount = 100_000_000
}
