import NewslintCore
import NewslintText

/// Text in another encoding read as Windows-1252: UTF-8 ("Viá»‡t"), TCVN3
/// ("ViÖt"), VNI ("Vieät"), VISCII ("Vi®t"), Windows-1258 ("Viêòt").
public struct MojibakeRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "mojibake",
        category: .unicode,
        summary: "Text in another encoding read as Windows-1252 (mojibake)",
        rationale: """
            Copy that passes through an old CMS or a file in a legacy Vietnamese encoding arrives as \
            the wrong characters: UTF-8 read as Windows-1252 or Latin-1 ("Viá»‡t"), TCVN3/ABC \
            ("ViÖt", "Hµ Néi"), VNI-Windows ("Vieät"), VISCII ("Vi®t"), Windows-1258 ("Viêòt"). \
            The characters are turned back into the bytes they were read from and decoded again \
            (TCVN3, VISCII and Windows-1258 with the system's iconv, VNI with newslint's own table). \
            Precision first: a legacy decoding is accepted only when the word becomes a valid \
            Vietnamese syllable with a letter Latin-1 lacks and was not one before, so English with \
            é or £ and Vietnamese in good order are never touched. UTF-8 sequences are exact: their \
            repair is safe when every repaired word is Vietnamese, and unsafe otherwise ("cafÃ©"). \
            VIQR ("Vie^.t") is not handled yet.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "⟦Viá»‡t⟧ Nam", "⟦ViÖt⟧ Nam, ⟦Hµ⟧ ⟦Néi⟧", "⟦Vieät⟧ Nam, ⟦Ñaø⟧ ⟦Naüng⟧", "⟦Vi®t⟧ Nam", "⟦Viêòt⟧ Nam",
                "a ⟦cafÃ©⟧ in Paris",
            ],
            nonTriggering: [
                "Việt Nam, Hà Nội", "a café in São Paulo, Zoë and Chloë, £5 and 10°C", "Björk, naïve, résumé, Guðrún",
                "“Việt Nam” — it’s … fine", "Straße, Ελλάδα, Москва",
            ],
            corrections: [.init("ViÖt Nam vµ Vieät Nam", "Việt Nam và Việt Nam")]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics = utf8Mojibake(in: document)
        let reported = Set(diagnostics.map(\.range.start))
        diagnostics += legacyWords(in: document).filter { !reported.contains($0.range.start) }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }

    // MARK: UTF-8 read as Windows-1252

    /// Whitespace-separated chunks holding a character that may be a
    /// Windows-1252 reading of a UTF-8 lead byte (Â Ã Ä Å Æ á â ã…).
    private func utf8Mojibake(in document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for range in chunks(in: document, where: { $0 == 0xC3 }) {
            let text = document.text(range)
            guard let repaired = LegacyDecoder.utf8Mojibake(text) else { continue }
            let vietnamese = Self.isVietnamese(repaired)
            diagnostics.append(metadata.diagnostic(
                range, "'\(text)' is UTF-8 read as Windows-1252; it says '\(repaired)'",
                fix: Fix(Edit(range: range, replacement: repaired), applicability: vietnamese ? .safe : .unsafe)))
        }
        return diagnostics
    }

    /// Runs of non-space bytes that hold a byte `isSuspect` accepts.
    private func chunks(in document: Document, where isSuspect: (UInt8) -> Bool) -> [TextRange] {
        var ranges: [TextRange] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            let start = document.source.contentStart
            var index = start
            while index < bytes.count {
                guard isSuspect(bytes[index]) || (bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] >= 0xA1)
                else { index += 1; continue }
                func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
                var low = index, high = index
                while low > start && !isSpace(bytes[low - 1]) { low -= 1 }
                while high < bytes.count && !isSpace(bytes[high]) { high += 1 }
                ranges.append(TextRange(start: low, end: high))
                index = high
            }
        }
        return ranges
    }

    // MARK: Single-byte legacy encodings

    /// Words (letters and Latin-1 symbols) that are not Vietnamese as they
    /// stand but become a Vietnamese syllable in one legacy encoding. A
    /// decoding must also show its encoding's mark somewhere: VNI's own
    /// letter-plus-mark structure; for Windows-1258 a tone byte after a
    /// vowel; for TCVN3 and VISCII, whose bytes read as European letters too
    /// ("Zoë" is a VISCII "Zoẻ"), a word of the document holding one of the
    /// symbols no European word has (µ, ¸, ®, §…).
    private func legacyWords(in document: Document) -> [Diagnostic] {
        let encodings = [LegacyEncoding.tcvn3, .vni, .viscii, .windows1258]
        var decodings: [(range: TextRange, word: String, decoded: [LegacyEncoding: String])] = []
        var evidenced = Set<LegacyEncoding>([.vni])
        let bytes = document.bytes
        func besideDigit(_ range: TextRange) -> Bool {
            (range.start > 0 && bytes[range.start - 1].isASCIIDigit) || (range.end < bytes.count && bytes[range.end].isASCIIDigit)
        }
        for range in legacyCandidates(in: document) where !besideDigit(range) {
            let word = document.text(range)
            // A lone symbol ("£", "§") is a symbol.
            guard word.unicodeScalars.count >= 2 else { continue }
            if let syllable = VietnameseSyllable(UnicodeNormalization.nfc(word)), SyllableGrammar.isValid(syllable) { continue }
            var decoded: [LegacyEncoding: String] = [:]
            for encoding in encodings {
                // A decoding into Latin-1 letters alone ("Zoë" → "Zoè") proves
                // nothing unless the word shows its encoding's mark.
                guard let text = LegacyDecoder.decode(word, as: encoding).map(UnicodeNormalization.nfc),
                      text != word, Self.isVietnamese(text) else { continue }
                let marked = Self.showsMark(of: encoding, in: word)
                guard marked || text.unicodeScalars.contains(where: { $0.value >= 0x100 }) else { continue }
                decoded[encoding] = text
                if marked { evidenced.insert(encoding) }
            }
            if !decoded.isEmpty { decodings.append((range, word, decoded)) }
        }
        return decodings.compactMap { range, word, decoded in
            guard let encoding = encodings.first(where: { decoded[$0] != nil && evidenced.contains($0) }),
                  let text = decoded[encoding] else { return nil }
            return metadata.diagnostic(
                range, "'\(word)' is \(encoding.name) text read as Windows-1252; it says '\(text)'",
                fix: Fix(Edit(range: range, replacement: text), applicability: .safe))
        }
    }

    /// Whether a word carries its encoding's own mark (see `legacyWords`).
    private static func showsMark(of encoding: LegacyEncoding, in word: String) -> Bool {
        switch encoding {
        case .utf8, .vni: return true
        case .tcvn3, .viscii: return word.unicodeScalars.contains { Windows1252.legacySignature.contains($0) }
        case .windows1258:
            let scalars = Array(word.unicodeScalars)
            return zip(scalars, scalars.dropFirst()).contains { vowel, mark in
                "aeiouyAEIOUYâêôÂÊÔãÃõÕýÝ".unicodeScalars.contains(vowel) && "ÌìÒÞò".unicodeScalars.contains(mark)
            }
        }
    }

    /// Runs of ASCII letters and of characters a single-byte legacy byte
    /// reads as (Latin-1's upper half and Windows-1252's extras, not the
    /// typographic punctuation genuine text uses), holding one of the latter.
    /// Only the places whose bytes can start such a character are decoded.
    private func legacyCandidates(in document: Document) -> [TextRange] {
        var ranges: [TextRange] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            let start = document.source.contentStart
            var index = start
            while index < bytes.count {
                // U+00A1–U+00FF start with C2 or C3; Š Œ Ž š œ ž Ÿ ƒ with C5 or C6; ˆ ˜ with CB.
                let byte = bytes[index]
                let hit = byte == 0xC3 || byte == 0xC5 || byte == 0xC6 || byte == 0xCB
                    || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] >= 0xA1)
                guard hit else { index += 1; continue }
                func inWindow(_ byte: UInt8) -> Bool { byte >= 0x80 || byte.isASCIILetter }
                var low = index, high = index
                while low > start && inWindow(bytes[low - 1]) { low -= 1 }
                while high < bytes.count && inWindow(bytes[high]) { high += 1 }
                ranges += legacyRuns(in: TextRange(start: low, end: high), of: document)
                index = high
            }
        }
        return ranges
    }

    private func legacyRuns(in window: TextRange, of document: Document) -> [TextRange] {
        var ranges: [TextRange] = []
        var runStart: Int?
        var hasLegacy = false
        var offset = window.start
        func close() {
            if let start = runStart, hasLegacy { ranges.append(TextRange(start: start, end: offset)) }
            runStart = nil
            hasLegacy = false
        }
        for scalar in document.text(window).unicodeScalars {
            let isASCIILetter = scalar.isASCII && scalar.properties.isAlphabetic
            let isLegacy = !scalar.isASCII && scalar != "\u{00A0}" && !Windows1252.isTypographic(scalar)
                && Windows1252.byte(for: scalar) != nil
            if isASCIILetter || isLegacy {
                if runStart == nil { runStart = offset }
                hasLegacy = hasLegacy || isLegacy
            } else {
                close()
            }
            offset += UTF8.width(scalar)
        }
        close()
        return ranges
    }

    /// Every word of the text with a non-ASCII letter is a valid Vietnamese syllable.
    static func isVietnamese(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
        let marked = words.filter { !$0.allSatisfy(\.isASCII) }
        return !marked.isEmpty && marked.allSatisfy { word in
            VietnameseSyllable(UnicodeNormalization.nfc(String(word))).map(SyllableGrammar.isValid) ?? false
        }
    }
}
