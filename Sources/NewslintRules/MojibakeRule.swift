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

    private func utf8Mojibake(in document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for range in chunks(in: document) {
            let text = document.text(range)
            guard let repaired = LegacyDecoder.utf8Mojibake(text) else { continue }
            let vietnamese = Self.isVietnamese(repaired)
            diagnostics.append(metadata.diagnostic(
                range, "'\(text)' is UTF-8 read as Windows-1252; it says '\(repaired)'",
                fix: Fix(Edit(range: range, replacement: repaired), applicability: vietnamese ? .safe : .unsafe)))
        }
        return diagnostics
    }

    /// Whitespace-separated chunks holding what a UTF-8 sequence read as
    /// Windows-1252 looks like: a character for a lead byte (Â–ô, C3 82–C3 B4
    /// in UTF-8) followed by one for a continuation byte (U+0080–U+00BF, C2
    /// 80–C2 BF, or one of Windows-1252's extras, which start with C5, C6,
    /// CB or E2). Good text, where "à" is followed by a letter, has none.
    private func chunks(in document: Document) -> [TextRange] {
        document.windows(around: { bytes, index in
            guard index + 2 < bytes.count, bytes[index] == 0xC3, bytes[index + 1] >= 0x82, bytes[index + 1] <= 0xB4 else { return false }
            let next = bytes[index + 2]
            return (next == 0xC2 && index + 3 < bytes.count && bytes[index + 3] <= 0xBF)
                || next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2
        }, extendingOver: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D })
    }

    // MARK: Single-byte legacy encodings

    /// Words (letters and Latin-1 symbols) that are not Vietnamese as they
    /// stand but become a Vietnamese syllable in one legacy encoding.
    ///
    /// An encoding must prove itself in the document: by a word showing its
    /// own mark (VNI's letter-plus-mark bytes, Windows-1258's tone byte after
    /// a vowel, a symbol no European word has such as µ ¸ ® §, or a Latin-1
    /// capital after a small letter as in "ViÖt") or by two words it decodes
    /// into Vietnamese; "Zoë", which VISCII would read as "Zoẻ", proves
    /// nothing. The encodings are ranked by how many of the document's words
    /// they decode, and each word takes the best-ranked one that decodes it
    /// (a word showing the structural mark of VNI or Windows-1258 takes that
    /// one). The fix is safe when the document's ranking is clear or no other
    /// encoding reads the word as another Vietnamese word; otherwise the
    /// readings are offered and nothing is applied.
    private func legacyWords(in document: Document) -> [Diagnostic] {
        let encodings = [LegacyEncoding.tcvn3, .vni, .viscii, .windows1258]
        let bytes = document.bytes
        func besideDigit(_ range: TextRange) -> Bool {
            (range.start > 0 && bytes[range.start - 1].isASCIIDigit) || (range.end < bytes.count && bytes[range.end].isASCIIDigit)
        }
        let candidates = legacyCandidates(in: document).filter { !besideDigit($0) }
        let hasLegacyMarks = candidates.contains { range in
            let word = document.text(range)
            return Self.hasInnerCapital(word) || word.unicodeScalars.contains { Windows1252.legacySignature.contains($0) }
        }
        let hasGenuineVietnamese = VietnameseWords.shared(document).spellings.contains {
            VietnameseFolding.hasVietnameseOnlyLetter($0.text)
        }
        var decodings: [(range: TextRange, word: String, decoded: [LegacyEncoding: String], marked: Set<LegacyEncoding>)] = []
        var score: [LegacyEncoding: Int] = [:]
        var wordsDecoded: [LegacyEncoding: Set<String>] = [:]
        var markedSomewhere = Set<LegacyEncoding>()
        var validAsItStands: [String: Bool] = [:]  // words repeat
        for range in candidates {
            let word = document.text(range)
            // A lone symbol ("£", "§") is a symbol.
            guard word.unicodeScalars.count >= 2 else { continue }
            // A word that reads as good Vietnamese is left alone, unless it
            // shows a legacy mark itself ("tÕ": TCVN3 writes small letters
            // with Latin-1 capitals) in a document with no letter only
            // Vietnamese uses, as a whole legacy file is.
            let showsLegacyMark = Self.hasInnerCapital(word)
                || word.unicodeScalars.contains { Windows1252.legacySignature.contains($0) }
            let decodeAnyway = Self.hasInnerCapital(word) || (showsLegacyMark && !hasGenuineVietnamese && hasLegacyMarks)
            if !decodeAnyway {
                let valid = validAsItStands[word] ?? {
                    let valid = VietnameseSyllable(UnicodeNormalization.nfcComposingDiacritics(word)).map(SyllableGrammar.isValid) ?? false
                    validAsItStands[word] = valid
                    return valid
                }()
                if valid { continue }
            }
            var decoded: [LegacyEncoding: String] = [:]
            var marked = Set<LegacyEncoding>()
            for encoding in encodings {
                guard let text = LegacyDecoder.decode(word, as: encoding).map(UnicodeNormalization.nfc),
                      text != word, Self.isVietnamese(text) else { continue }
                decoded[encoding] = text
                score[encoding, default: 0] += 1
                wordsDecoded[encoding, default: []].insert(word)
                if Self.showsMark(of: encoding, in: word) { marked.insert(encoding) }
            }
            markedSomewhere.formUnion(marked)
            if !decoded.isEmpty { decodings.append((range, word, decoded, marked)) }
        }
        let ranked = encodings.enumerated()
            .filter { markedSomewhere.contains($0.element) || (wordsDecoded[$0.element]?.count ?? 0) >= 2 }
            .sorted { ((score[$0.element] ?? 0), -$0.offset) > ((score[$1.element] ?? 0), -$1.offset) }
            .map(\.element)
        guard let leader = ranked.first else { return [] }
        // TCVN3 and VISCII can read the same short text; on a tie TCVN3, by
        // far the commoner (the ABC fonts), is taken.
        let clearLeader = ranked.count == 1 || (score[leader] ?? 0) > (score[ranked[1]] ?? 0)
            || (leader == .tcvn3 && ranked[1] == .viscii && (ranked.count == 2 || (score[leader] ?? 0) > (score[ranked[2]] ?? 0)))
        return decodings.compactMap { range, word, decoded, marked in
            let structural = marked.intersection([.vni, .windows1258])
            guard let encoding = ranked.first(where: { structural.contains($0) }) ?? ranked.first(where: { decoded[$0] != nil }),
                  let text = decoded[encoding] else { return nil }
            let rivals = Set(ranked.compactMap { decoded[$0] }).subtracting([text])
            let sure = rivals.isEmpty || (encoding == leader && clearLeader) || structural == [encoding]
            return metadata.diagnostic(
                range, "'\(word)' is \(encoding.name) text read as Windows-1252; it says '\(text)'"
                    + (sure ? "" : " (or \(rivals.sorted().map { "'\($0)'" }.joined(separator: ", ")))"),
                fix: Fix(Edit(range: range, replacement: text), applicability: sure ? .safe : .displayOnly),
                suggestions: sure ? [] : [text] + rivals.sorted())
        }
    }

    /// A Latin-1 capital inside a word that is not all capitals: "ViÖt",
    /// "ChÝ", "LÕng". No word is written so; TCVN3 text read as Windows-1252
    /// is, since it puts small letters on the bytes of Latin-1 capitals.
    static func hasInnerCapital(_ word: String) -> Bool {
        // Latin-1 capitals À–Þ are C3 80–C3 9E in UTF-8: most words have none.
        let utf8 = word.utf8
        guard zip(utf8, utf8.dropFirst()).dropFirst().contains(where: { $0 == 0xC3 && $1 >= 0x80 && $1 <= 0x9E }) else { return false }
        let scalars = Array(word.unicodeScalars)
        guard scalars.contains(where: { $0.properties.isLowercase }) else { return false }
        return scalars.dropFirst().contains { $0.value >= 0xC0 && $0.value <= 0xDE && $0.properties.isUppercase }
    }

    /// Whether a word carries its encoding's own mark (see `legacyWords`).
    private static func showsMark(of encoding: LegacyEncoding, in word: String) -> Bool {
        switch encoding {
        case .utf8, .vni: return true
        case .tcvn3, .viscii:
            return hasInnerCapital(word) || word.unicodeScalars.contains { Windows1252.legacySignature.contains($0) }
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
        // U+00A1–U+00FF are C2 A1–C3 BF; Windows-1252's letters Š š Œ œ Ž ž Ÿ ƒ ˆ ˜ are
        // C5 A0, C5 A1, C5 92, C5 93, C5 BD, C5 BE, C5 B8, C6 92, CB 86, CB 9C (not ơ, ư: C6 A1, C6 B0).
        let windows = document.windows(around: { bytes, index in
            let byte = bytes[index]
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            return byte == 0xC3 || (byte == 0xC2 && second >= 0xA1)
                || (byte == 0xC5 && [0xA0, 0xA1, 0x92, 0x93, 0xBD, 0xBE, 0xB8].contains(second))
                || (byte == 0xC6 && second == 0x92) || (byte == 0xCB && (second == 0x86 || second == 0x9C))
        }, extendingOver: { $0 >= 0x80 || $0.isASCIILetter })
        // Windows repeat (the same word over and over): their runs, as
        // offsets from the window's start, are found once.
        var runsOfWindow: [UInt64: [Range<Int>]] = [:]
        var ranges: [TextRange] = []
        for window in windows {
            let hash = WordHash.of(document.bytes[window.start..<window.end], lowercasing: false)
            let relative = runsOfWindow[hash] ?? legacyRuns(in: window, of: document).map { ($0.start - window.start)..<($0.end - window.start) }
            runsOfWindow[hash] = relative
            ranges += relative.map { TextRange(start: window.start + $0.lowerBound, end: window.start + $0.upperBound) }
        }
        return ranges
    }

    private func legacyRuns(in window: TextRange, of document: Document) -> [TextRange] {
        var ranges: [TextRange] = []
        var runStart: Int?
        var hasLegacy = false
        // A run touching a letter Windows-1252 lacks ("vâ" of "vâỵ") is part
        // of a word in good Unicode, not a word of legacy text.
        var touchesOtherLetter = false
        var offset = window.start
        // A run whose only legacy characters are Vietnamese letters (the à,
        // é, ô of good Vietnamese text) is a candidate only when it looks
        // broken: a capital inside it, a Windows-1258 tone byte after a
        // vowel ("Viêòt"), or no valid syllable ("Néi", "Nguyeãn"). Runs are
        // cached per window, so each spelling is judged once.
        var onlyVietnameseLetters = true
        var looksBroken = false
        var previous: Unicode.Scalar = " "
        func close() {
            if let start = runStart, hasLegacy, !touchesOtherLetter {
                let range = TextRange(start: start, end: offset)
                if !onlyVietnameseLetters || looksBroken
                    || !(VietnameseSyllable(UnicodeNormalization.nfcComposingDiacritics(document.text(range))).map(SyllableGrammar.isValid) ?? false) {
                    ranges.append(range)
                }
            }
            runStart = nil
            hasLegacy = false
            onlyVietnameseLetters = true
            looksBroken = false
        }
        var previousWasOtherLetter = false
        for scalar in document.text(window).unicodeScalars {
            let isASCIILetter = scalar.isASCII && scalar.properties.isAlphabetic
            let isLegacy = !scalar.isASCII && !Windows1252.isTypographic(scalar)
                && Windows1252.byte(for: scalar) != nil
            let isOtherLetter = !isASCIILetter && !isLegacy
                && (scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark)
            if isASCIILetter || isLegacy {
                if runStart == nil {
                    runStart = offset
                    touchesOtherLetter = previousWasOtherLetter
                } else if scalar.value >= 0xC0 && scalar.value <= 0xDE && scalar.properties.isUppercase {
                    looksBroken = true
                }
                if isLegacy {
                    hasLegacy = true
                    if VietnameseAlphabet.letter(scalar) == nil { onlyVietnameseLetters = false }
                    if "ÌìÒÞò".unicodeScalars.contains(scalar), VietnameseAlphabet.letter(previous)?.isVowel == true {
                        looksBroken = true
                    }
                }
            } else {
                if isOtherLetter && runStart != nil { touchesOtherLetter = true }
                close()
            }
            previousWasOtherLetter = isOtherLetter
            previous = scalar
            offset += UTF8.width(scalar)
        }
        close()
        return ranges
    }

    /// Every word of the text with a non-ASCII letter is a valid Vietnamese
    /// syllable, in lowercase, capitalised or all capitals ("CẦn" is no
    /// word, whatever its letters).
    static func isVietnamese(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
        let marked = words.filter { !$0.allSatisfy(\.isASCII) }
        return !marked.isEmpty && marked.allSatisfy { word in
            let tail = word.dropFirst()
            let naturalCase = tail.allSatisfy { !$0.isUppercase } || word.allSatisfy { !$0.isLowercase }
            return naturalCase && (VietnameseSyllable(UnicodeNormalization.nfcComposingDiacritics(String(word))).map(SyllableGrammar.isValid) ?? false)
        }
    }
}
