import NewslintCore
import NewslintText

/// Diacritics that NFC cannot put right: combining marks in the wrong
/// order ("e" + tilde + circumflex), and spacing accents standing for
/// combining ones ("Chi´nh", "Haˋ", "Nguyê˜n").
public struct BrokenDiacriticRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "broken-diacritic",
        category: .unicode,
        summary: "Vietnamese diacritics typed as spacing accents or combining marks in the wrong order",
        rationale: """
            Two faults survive Unicode normalisation. A letter's combining marks in the wrong order \
            (e + U+0303 + U+0302 where ễ needs the circumflex first): both marks have the same \
            combining class, so NFC leaves them apart and the word matches nothing. And a spacing \
            accent (´ ˊ ˋ ˜ ˀ) typed after a vowel where a combining mark belongs. The fix puts \
            the letter's own mark (circumflex, breve, horn) before its tone mark, or turns the \
            spacing accent into the combining one, and composes the result; it is applied only when \
            the repaired word is a valid Vietnamese syllable, so it is safe. Decomposed text that NFC \
            does fix is `not-nfc`'s finding.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["ông ⟦Nguye\u{0303}\u{0302}n⟧ Văn", "⟦Chi´nh⟧ phủ", "⟦Haˋ⟧ Nội", "⟦Nguyê˜n⟧"],
            nonTriggering: ["Nguyễn Văn", "the café´s sign", "it´s", "Chính phủ", "don´t"],
            corrections: [.init("Chi´nh phủ và Haˋ Nội", "Chính phủ và Hà Nội")]),
        yieldsTo: ["mojibake"]
    )

    /// Spacing accents and the combining marks they stand for.
    private static let spacingAccents: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{00B4}": "\u{0301}", "\u{02CA}": "\u{0301}", "\u{02CB}": "\u{0300}", "\u{02DC}": "\u{0303}",
        "\u{02C0}": "\u{0309}",
    ]
    /// The marks that make a letter (â ă ê ô ơ ư), which must come before a tone mark.
    private static let letterMarks: Set<Unicode.Scalar> = ["\u{0302}", "\u{0306}", "\u{031B}"]

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for range in Self.candidateRuns(in: document) {
            let original = document.text(range)
            guard let repaired = Self.repair(original), repaired != UnicodeNormalization.nfc(original),
                  let syllable = VietnameseSyllable(repaired), SyllableGrammar.isValid(syllable) else { continue }
            diagnostics.append(metadata.diagnostic(
                range, "'\(original)' has a broken diacritic; the word is '\(repaired)'",
                fix: Fix(Edit(range: range, replacement: repaired), applicability: .safe)))
        }
        return diagnostics
    }

    /// Runs of letters, combining marks and spacing accents (the tokenizer
    /// splits words at a spacing accent, so runs are found on the bytes)
    /// that hold a spacing accent or a combining mark. Only the few places
    /// whose bytes can start such a character are decoded.
    static func candidateRuns(in document: Document) -> [TextRange] {
        // U+00B4 is C2 B4; U+02C0–U+02DC start with CB; U+0300–U+036F with CC or CD.
        document.windows(around: { bytes, index in
            let byte = bytes[index]
            return byte == 0xCB || byte == 0xCC || byte == 0xCD
                || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xB4)
        }, extendingOver: { $0 >= 0x80 || $0.isASCIILetter }).flatMap { runsWithMarks(in: $0, of: document) }
    }

    /// Within a window of the text, the runs of letters, marks and spacing
    /// accents that hold a mark or an accent.
    private static func runsWithMarks(in window: TextRange, of document: Document) -> [TextRange] {
        var runs: [TextRange] = []
        var runStart: Int?
        var suspicious = false
        var offset = window.start
        for scalar in document.text(window).unicodeScalars {
            let inRun = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                || spacingAccents[scalar] != nil
            if inRun {
                if runStart == nil { runStart = offset }
                if spacingAccents[scalar] != nil || scalar.properties.generalCategory == .nonspacingMark { suspicious = true }
            } else if let start = runStart {
                if suspicious { runs.append(TextRange(start: start, end: offset)) }
                runStart = nil
                suspicious = false
            }
            offset += UTF8.width(scalar)
        }
        if let start = runStart, suspicious { runs.append(TextRange(start: start, end: offset)) }
        return runs
    }

    /// The word with spacing accents made combining and each letter's marks
    /// put in order, composed; nil when a spacing accent follows no vowel.
    static func repair(_ word: String) -> String? {
        var scalars: [Unicode.Scalar] = []
        for scalar in word.unicodeScalars {
            if let mark = spacingAccents[scalar] {
                guard let previous = scalars.last, previous.properties.isAlphabetic || previous.properties.generalCategory == .nonspacingMark
                else { return nil }
                scalars.append(mark)
            } else {
                scalars.append(contentsOf: VietnameseAlphabet.letter(scalar)?.decomposed ?? [scalar])
            }
        }
        // Within each run of combining marks, the letter's own mark first.
        var index = 0
        while index < scalars.count {
            guard scalars[index].properties.generalCategory == .nonspacingMark else { index += 1; continue }
            var end = index
            while end < scalars.count && scalars[end].properties.generalCategory == .nonspacingMark { end += 1 }
            let marks = scalars[index..<end]
            scalars.replaceSubrange(index..<end, with: marks.filter { letterMarks.contains($0) } + marks.filter { !letterMarks.contains($0) })
            index = end
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return UnicodeNormalization.nfc(String(text))
    }
}
