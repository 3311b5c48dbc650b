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

    static func shared(_ document: Document) -> VietnameseWords {
        document.cache.value { VietnameseWords(document) }
    }

    init(_ document: Document) {
        var words: [Word] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            for token in document.tokens where token.kind == .word {
                let range = token.range
                guard bytes[range.start..<range.end].contains(where: { $0 >= 0x80 }) else { continue }
                let text = UnicodeNormalization.nfc(document.text(range))
                guard let syllable = VietnameseSyllable(text) else { continue }
                words.append(Word(range: range, text: text, syllable: syllable))
            }
        }
        self.words = words
    }
}
