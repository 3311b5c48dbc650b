import NewslintCore
import NewslintText

/// The words of a document that are Vietnamese syllables with a mark on
/// them (a tone, or â ă ê ô ơ ư đ), parsed once per document: the words the
/// Vietnamese rules look at. Only words with a non-ASCII byte are read, so
/// English copy costs almost nothing.
///
/// Words repeat, so each distinct spelling is decoded and parsed once and
/// the words point at it: a rule judges a spelling once and then walks the
/// words, which are two plain numbers each.
struct VietnameseWords: Sendable {
    /// One distinct spelling, in NFC, with its parse.
    struct Spelling: Sendable {
        let text: String
        let syllable: VietnameseSyllable
        var isCapitalised: Bool { syllable.letters[0].isUppercase }
    }

    /// One word of the document: where it is and which spelling it has
    /// (an index into `spellings`, or into `unparsedSpellings` for `unparsed`).
    struct Word: Sendable {
        let range: TextRange
        let spelling: Int
    }

    let spellings: [Spelling]
    let words: [Word]
    /// Spellings of Vietnamese letters with a mark that are no syllable at
    /// all ("ngườí": two tone marks; "Đắk": a coda Vietnamese spelling lacks).
    let unparsedSpellings: [String]
    let unparsed: [Word]

    static func shared(_ document: Document) -> VietnameseWords {
        document.cache.value { VietnameseWords(document) }
    }

    func spelling(of word: Word) -> Spelling { spellings[word.spelling] }

    init(_ document: Document) {
        var spellings: [Spelling] = [], unparsedSpellings: [String] = []
        var words: [Word] = [], unparsed: [Word] = []
        enum Seen { case syllable(Int), unparsed(Int), other }
        var seen: [UInt64: Seen] = [:]
        document.bytes.withUnsafeBufferPointer { bytes in
            for range in NonASCIIWords.of(document) {
                let slice = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
                let hash = WordHash.of(slice, lowercasing: false)
                let kind: Seen
                if let known = seen[hash] {
                    kind = known
                } else {
                    // Only a combining mark (U+0300–U+036F) can make a word not NFC here.
                    let raw = String(decoding: slice, as: UTF8.self)
                    let text = slice.contains { $0 == 0xCC || $0 == 0xCD } ? UnicodeNormalization.nfc(raw) : raw
                    if let letters = VietnameseAlphabet.letters(of: text) {
                        if let syllable = VietnameseSyllable(letters) {
                            spellings.append(Spelling(text: text, syllable: syllable))
                            kind = .syllable(spellings.count - 1)
                        } else {
                            unparsedSpellings.append(text)
                            kind = .unparsed(unparsedSpellings.count - 1)
                        }
                    } else {
                        kind = .other
                    }
                    seen[hash] = kind
                }
                switch kind {
                case .syllable(let index): words.append(Word(range: range, spelling: index))
                case .unparsed(let index): unparsed.append(Word(range: range, spelling: index))
                case .other: break
                }
            }
        }
        self.spellings = spellings
        self.words = words
        self.unparsedSpellings = unparsedSpellings
        self.unparsed = unparsed
    }
}
