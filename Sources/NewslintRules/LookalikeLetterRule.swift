import NewslintCore
import NewslintText

/// Letters that look like Vietnamese ones and are not: Ð/ð (Icelandic eth),
/// Ɖ/ɖ (African D), D or d with an overlaid stroke, ǎ (caron) for ă.
public struct LookalikeLetterRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "lookalike-letter",
        category: .vietnamese,
        summary: "A look-alike letter standing for a Vietnamese one (Ð for Đ, ǎ for ă)",
        rationale: """
            Legacy encodings and fonts leave letters that look Vietnamese but are not: Ð/ð \
            (U+00D0/U+00F0, the eth of Icelandic; byte 0xD0 is Đ in Windows-1258 and VISCII), \
            Ɖ/ɖ (African D), D or d followed by a combining overlay stroke, and ǎ/Ǎ (caron) for ă/Ă. \
            They sort, search and spell-check differently from the real letters. A word is repaired \
            only when the repaired word is a valid Vietnamese syllable, and Ð/ð/Ɖ/ɖ only at the \
            start of a word, where Vietnamese has đ and Icelandic never has eth: Guðrún and Þórður \
            are left alone. The fix is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["⟦Ðà⟧ Nẵng and ⟦Ðo⟧ Hung Viet", "ông ⟦ðức⟧", "⟦Ɖặng⟧ Văn", "⟦D\u{0336}ỗ⟧ Mười", "⟦Nǎng⟧ lượng"],
            nonTriggering: ["Guðrún Þórðardóttir and Sigurður", "Đà Nẵng", "ð alone", "Ðx and ǎbc"],
            corrections: [.init("Ðà Nẵng và Ɖặng Văn Nǎng", "Đà Nẵng và Đặng Văn Năng")]),
        yieldsTo: ["mojibake"]
    )

    /// Look-alike → the Vietnamese letter; `initialOnly` ones must start the word.
    private static let lookalikes: [Unicode.Scalar: (replacement: Unicode.Scalar, initialOnly: Bool)] = [
        "\u{00D0}": ("Đ", true), "\u{00F0}": ("đ", true), "\u{0189}": ("Đ", true), "\u{0256}": ("đ", true),
        "\u{01CE}": ("ă", false), "\u{01CD}": ("Ă", false),
    ]
    private static let overlayStrokes: Set<Unicode.Scalar> = ["\u{0335}", "\u{0336}"]

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            for range in NonASCIIWords.of(document) {
                // Ð ð (C3 90, C3 B0), Ɖ (C6 89), ɖ (C9 96), Ǎ ǎ (C7 8D, C7 8E), U+0335/U+0336 (CC B5, CC B6).
                var mayHold = false
                var index = range.start
                while index + 1 < range.end {
                    let pair = (bytes[index], bytes[index + 1])
                    if pair == (0xC3, 0x90) || pair == (0xC3, 0xB0) || pair == (0xC6, 0x89) || pair == (0xC9, 0x96)
                        || pair == (0xC7, 0x8D) || pair == (0xC7, 0x8E) || pair == (0xCC, 0xB5) || pair == (0xCC, 0xB6) {
                        mayHold = true
                        break
                    }
                    index += 1
                }
                guard mayHold else { continue }
                let word = document.text(range)
                guard let repaired = Self.repair(word), let syllable = VietnameseSyllable(UnicodeNormalization.nfc(repaired)),
                      SyllableGrammar.isValid(syllable) else { continue }
                let fixed = UnicodeNormalization.nfc(repaired)
                diagnostics.append(metadata.diagnostic(
                    range, "'\(word)' has a look-alike letter; the Vietnamese word is '\(fixed)'",
                    fix: Fix(Edit(range: range, replacement: fixed), applicability: .safe)))
            }
        }
        return diagnostics
    }

    /// The word with its look-alikes replaced, or nil when it has none.
    static func repair(_ word: String) -> String? {
        var scalars = Array(word.unicodeScalars)
        var changed = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let (replacement, initialOnly) = lookalikes[scalar] {
                if initialOnly && index != 0 { return nil }
                scalars[index] = replacement
                changed = true
            } else if (scalar == "D" || scalar == "d"), index == 0, index + 1 < scalars.count,
                      overlayStrokes.contains(scalars[index + 1]) {
                scalars[index] = scalar == "D" ? "Đ" : "đ"
                scalars.remove(at: index + 1)
                changed = true
            }
            index += 1
        }
        guard changed else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }
}
