import Dispatch
import NewslintCore
import NewslintText

/// A word token that may be two words glued together: unknown to the
/// lexicon, made of ASCII letters, and of a shape glued words take.
struct JoinCandidate {
    enum Shape {
        /// "conflictin"
        case lowercase
        /// "Thetwo", "Sonaffirmed"
        case capitalised
        /// "inUkraine": small letters, then a capital and small letters.
        case caseBoundary
        /// Two or more capitals with small letters: "TheWorld", "theBBC",
        /// "KoloToure" — or a brand ("WhatsApp"), which is why these are
        /// split only at case changes and only with evidence; also small
        /// letters and a final "I" ("andI").
        case mixedCase
    }

    /// The letters examined (a possessive or contracted ending left out).
    let range: TextRange
    let letters: [UInt8]
    let shape: Shape

    static let minimumLength = 4

    /// The glued words shorter than `minimumLength` worth looking at: three
    /// small letters that are a two-letter preposition or verb and "a"
    /// ("ofa", "ina", "isa"), and the pronoun before "am" with a small-
    /// letter word after it ("Iam sure"; "Iam Tongi" is a name).
    static func isShortJoin(_ range: TextRange, in document: Document) -> Bool {
        guard range.length == 3 else { return false }
        let bytes = document.bytes
        if bytes[range.start..<range.end].elementsEqual("Iam".utf8) {
            return range.end + 1 < bytes.count && bytes[range.end] == UInt8(ascii: " ") && bytes[range.end + 1].isASCIILowercase
        }
        guard bytes[range.end - 1] == UInt8(ascii: "a") else { return false }
        return shortWordsBeforeA.contains(packedWord(bytes[range.start..<(range.start + 2)]))
    }

    private static let shortWordsBeforeA = Set(["as", "at", "be", "by", "in", "is", "of", "on", "to"].map { packedWord($0.utf8) })

    /// `unknownWords(in:lexicon:vocabulary:minimumLength:)` of three letters
    /// or more, computed once per document for every rule that asks with
    /// the same lexicon and vocabulary.
    static func sharedUnknownWords(in document: Document, lexicon: Lexicon, vocabulary: UserVocabulary) -> [TextRange] {
        let shared = document.cache.value(UnknownWords.self) {
            UnknownWords(lexicon: ObjectIdentifier(lexicon), vocabulary: vocabulary,
                         ranges: unknownWords(in: document, lexicon: lexicon, vocabulary: vocabulary, minimumLength: 3))
        }
        guard shared.lexicon == ObjectIdentifier(lexicon), shared.vocabulary == vocabulary else {
            return unknownWords(in: document, lexicon: lexicon, vocabulary: vocabulary, minimumLength: 3)
        }
        return shared.ranges
    }

    /// Makes the two values both word rules start from — the unknown words
    /// and the `WordUsage` — side by side on a large document: each is a
    /// pass over every word, and the usage's is the longer. The usage is
    /// offered to another core while this one finds the unknown words (a
    /// nested `concurrentPerform` would run serially inside the linter's
    /// own). The caller can then go on with what needs only the unknown
    /// words; its first question to the usage waits for it, or makes it if
    /// no core took it up.
    static func prepareWordValues(in document: Document, lexicon: Lexicon, vocabulary: UserVocabulary) {
        guard document.bytes.count >= Linter.defaultParallelThreshold else { return }
        DispatchQueue.global().async { _ = WordUsage.shared(document) }
        _ = sharedUnknownWords(in: document, lexicon: lexicon, vocabulary: vocabulary)
    }

    private struct UnknownWords: Sendable {
        let lexicon: ObjectIdentifier
        let vocabulary: UserVocabulary
        let ranges: [TextRange]
    }

    /// The word tokens the lexicon does not know, as the ranges of their
    /// letters: ASCII letters only, a possessive "'s" or a contracted
    /// ending ("n't", "'ll") left out, at least `minimumLength` long. One
    /// pass over the tokens; most words stop at a cache of known words.
    static func unknownWords(
        in document: Document, lexicon: Lexicon, vocabulary: UserVocabulary, minimumLength: Int = minimumLength
    ) -> [TextRange] {
        var unknown: [TextRange] = []
        // Words repeat (Zipf): direct-mapped caches of words found known
        // save most trips into the large table, whose reads miss the
        // processor's caches. An ordinary word is known in any case
        // ("the", "The", "THE"), so it is cached under the shared
        // lowercase hash of its token, read without touching its bytes; a
        // name or user word is known only as written, so it is cached
        // under the hash of its letters as written. Sized to the document:
        // a story needs a few thousand slots, a 10 MB file tens of thousands.
        let slotBits = min(18, max(10, Int.bitWidth - (document.tokens.count / 4).leadingZeroBitCount))
        let shift = UInt64(64 - slotBits)
        var knownWords = [UInt64](repeating: 0, count: 1 << slotBits)
        var knownNames = [UInt64](repeating: 0, count: 1 << slotBits)
        let tokenHashes = TokenHashes.shared(document)
        document.bytes.withUnsafeBufferPointer { bytes in
        document.tokens.withUnsafeBufferPointer { tokens in
        tokenHashes.withUnsafeBufferPointer { tokenHashes in
        knownWords.withUnsafeMutableBufferPointer { knownWords in
        knownNames.withUnsafeMutableBufferPointer { knownNames in
            for index in 0..<tokens.count {
                let token = tokens[index]
                guard token.kind == .word else { continue }
                let range = token.range
                guard range.length >= minimumLength else { continue }
                // Whether a token is an ordinary word (its contracted
                // ending left out) depends on its lowercase bytes alone.
                let lowercaseHash = tokenHashes[index] | 1
                let wordSlot = Int(truncatingIfNeeded: lowercaseHash >> shift)  // the top bits
                if knownWords[wordSlot] == lowercaseHash { continue }
                let end = endWithoutContraction(bytes, range)
                guard end - range.start >= minimumLength else { continue }
                // ASCII letters only.
                guard bytes[range.start..<end].allSatisfy(\.isASCIILetter) else { continue }
                let hash = WordHash.of(bytes, from: range.start, to: end, lowercasing: false) | 1  // never 0, the empty mark
                let nameSlot = Int(truncatingIfNeeded: hash >> shift)
                if knownNames[nameSlot] == hash { continue }
                let letters = UnsafeBufferPointer(rebasing: bytes[range.start..<end])
                if lexicon.word(letters) != nil {
                    knownWords[wordSlot] = lowercaseHash
                } else if lexicon.name(letters) != nil || vocabulary.contains(letters) {
                    knownNames[nameSlot] = hash
                } else {
                    unknown.append(TextRange(start: range.start, end: end))
                }
            }
        }}}}}
        return unknown
    }

    /// A candidate whose shape the caller knows, found outside the unknown
    /// words ("Idon't", whose letters "Ido" the lexicon knows).
    init(range: TextRange, letters: [UInt8], shape: Shape) {
        self.range = range
        self.letters = letters
        self.shape = shape
    }

    /// A candidate from an unknown word's letters, or nil when its shape or
    /// its surroundings say it is not two words glued together.
    init?(_ range: TextRange, in document: Document) {
        let letters = Array(document.bytes[range.start..<range.end])
        guard let shape = Self.shape(of: letters), !Self.isPartOfSomethingElse(range, in: document) else { return nil }
        self.range = range
        self.letters = letters
        self.shape = shape
    }

    private static func shape(of letters: [UInt8]) -> Shape? {
        // How many capitals, and where the first is (no array: called for
        // every unknown word).
        var capitalCount = 0, firstCapital = -1
        for (index, letter) in letters.enumerated() where letter.isASCIIUppercase {
            if capitalCount == 0 { firstCapital = index }
            capitalCount += 1
        }
        switch capitalCount {
        case 0: return .lowercase
        case 1 where firstCapital == 0: return .capitalised
        case 1 where firstCapital >= 2 && firstCapital < letters.count - 1: return .caseBoundary
        // The pronoun glued on: "andI"; split at the case change, like "TheWorld".
        case 1 where firstCapital >= 2 && letters[firstCapital] == UInt8(ascii: "I"): return .mixedCase
        // The article before a capitalised word: "aRussian" (no brand starts "a" so: iPhone, eBay).
        case 1 where firstCapital == 1 && letters[0] == UInt8(ascii: "a") && letters.count >= 4: return .caseBoundary
        default:
            // Not all capitals (acronyms), not "iPhone"/"eBay" (one small letter first).
            let allCapitals = capitalCount == letters.count
            let oneSmallFirst = firstCapital == 1
            // The article before an acronym: "aDVD", "aUK".
            let articleThenAcronym = oneSmallFirst && letters[0] == UInt8(ascii: "a") && capitalCount == letters.count - 1
            if articleThenAcronym { return .mixedCase }
            return allCapitals || oneSmallFirst || capitalCount == 1 ? nil : .mixedCase
        }
    }

    /// A hyphenated word, a URL or address, a hashtag or handle.
    static func isPartOfSomethingElse(_ range: TextRange, in document: Document) -> Bool {
        let bytes = document.bytes
        let before = range.start > document.source.contentStart ? bytes[range.start - 1] : 0x20
        let after = range.end < bytes.count ? bytes[range.end] : 0x20
        if [UInt8(ascii: "-"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "/")].contains(before)
            || [UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "/")].contains(after) {
            return true
        }
        if after == UInt8(ascii: "."), range.end + 1 < bytes.count, bytes[range.end + 1].isASCIILetter { return true }
        if before == UInt8(ascii: "."), range.start >= 2, bytes[range.start - 2].isASCIILetter { return true }
        return document.isInAddress(range.start)
    }
}
