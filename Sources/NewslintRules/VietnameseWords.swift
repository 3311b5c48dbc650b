import NewslintCore
import NewslintText

/// The words of a document that are Vietnamese syllables with a mark on
/// them (a tone, or â ă ê ô ơ ư đ), parsed once per document: the words the
/// Vietnamese rules look at. Plain ASCII words are skipped at the first
/// byte, so English copy costs almost nothing.
struct VietnameseWords: Sendable {
    struct Word: Sendable {
        let range: TextRange
        /// The word in NFC, as the syllable was parsed.
        let text: String
        let syllable: VietnameseSyllable
    }

    let words: [Word]
    /// Words of Vietnamese letters with a mark that are no syllable at all
    /// ("ngườí": two tone marks; "Đắk": a coda Vietnamese spelling lacks).
    let unparsed: [(range: TextRange, text: String)]

    static func shared(_ document: Document) -> VietnameseWords {
        document.cache.value { VietnameseWords(document) }
    }

    init(_ document: Document) {
        var words: [Word] = []
        var unparsed: [(TextRange, String)] = []
        // Words repeat: each distinct spelling is decoded and parsed once,
        // found again by the hash of its bytes.
        var seen: [UInt64: VietnameseWordsParse] = [:]
        document.bytes.withUnsafeBufferPointer { bytes in
            for token in document.tokens where token.kind == .word {
                let range = token.range
                let slice = UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
                guard slice.contains(where: { $0 >= 0x80 }) else { continue }
                let hash = WordHash.of(slice, lowercasing: false)
                let parsed: VietnameseWordsParse
                if let known = seen[hash] {
                    parsed = known
                } else {
                    parsed = Self.parse(String(decoding: slice, as: UTF8.self), combining: slice.contains { $0 == 0xCC || $0 == 0xCD })
                    seen[hash] = parsed
                }
                switch parsed {
                case .syllable(let text, let syllable): words.append(Word(range: range, text: text, syllable: syllable))
                case .unparsed(let text): unparsed.append((range, text))
                case .other: break
                }
            }
        }
        self.words = words
        self.unparsed = unparsed
    }

    private static func parse(_ raw: String, combining: Bool) -> VietnameseWordsParse {
        // Only a combining mark (U+0300–U+036F) can make a word not NFC here.
        let text = combining ? UnicodeNormalization.nfc(raw) : raw
        guard let letters = VietnameseAlphabet.letters(of: text) else { return .other }
        if let syllable = VietnameseSyllable(letters) { return .syllable(text, syllable) }
        return .unparsed(text)
    }
}

enum VietnameseWordsParse {
    case syllable(String, VietnameseSyllable), unparsed(String), other
}
