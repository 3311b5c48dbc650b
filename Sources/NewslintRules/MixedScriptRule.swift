import NewslintCore

/// Cyrillic or Greek letters inside a Latin word: "Nguyеn" with a Cyrillic
/// е, "ΗCM" with a Greek Eta.
public struct MixedScriptRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "mixed-script",
        category: .unicode,
        summary: "Cyrillic or Greek look-alike letters inside a Latin word",
        rationale: """
            A Cyrillic е, о, а, р, с or Н, or a Greek ο or Η, inside a Latin word looks right and \
            breaks search, sorting, spell checking and name matching; it comes from keyboards left \
            in the wrong layout and from copy-and-paste. A word is reported when it mixes Latin \
            letters with Cyrillic or Greek ones (words wholly in Cyrillic or Greek are left alone: \
            Москва, Ελλάδα). The fix replaces each foreign letter with the Latin one it is drawn \
            like; it is safe only when every foreign letter has such a twin, and is otherwise only \
            shown.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["ông ⟦Nguyеn⟧ Văn", "the ⟦ΗCM⟧ City office", "⟦Mоscow⟧ said"],
            nonTriggering: ["Москва and Ελλάδα", "Nguyen Van", "x-ray and α-particles", "COVID-19"],
            corrections: [.init("ông Nguyеn và Mоscow", "ông Nguyen và Moscow")]
        )
    )

    /// Cyrillic and Greek letters drawn like a Latin one.
    private static let twins: [Unicode.Scalar: Unicode.Scalar] = [
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
        "ο": "o", "ν": "v", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    ]

    private enum Script { case latin, cyrillicOrGreek, other }

    /// The letter's script, by the Unicode blocks news copy uses.
    private static func script(of scalar: Unicode.Scalar) -> Script {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF:
            return scalar.properties.isAlphabetic ? .latin : .other
        case 0x370...0x3FF, 0x400...0x4FF, 0x1F00...0x1FFF:
            return scalar.properties.isAlphabetic ? .cyrillicOrGreek : .other
        default:
            return .other
        }
    }

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            for range in NonASCIIWords.of(document) {
                // Cyrillic and Greek letters start with bytes CE–D3.
                guard bytes[range.start..<range.end].contains(where: { $0 >= 0xCE && $0 <= 0xD3 }) else { continue }
                let word = document.text(range)
                var latin = false, foreign = false, allTwinned = true
                var repaired = String.UnicodeScalarView()
                for scalar in word.unicodeScalars {
                    switch Self.script(of: scalar) {
                    case .latin:
                        latin = true
                        repaired.append(scalar)
                    case .cyrillicOrGreek:
                        foreign = true
                        if let twin = Self.twins[scalar] { repaired.append(twin) } else { allTwinned = false; repaired.append(scalar) }
                    case .other:
                        repaired.append(scalar)
                    }
                }
                guard latin && foreign else { continue }
                let fixed = String(repaired)
                diagnostics.append(metadata.diagnostic(
                    range, "'\(word)' mixes Latin letters with Cyrillic or Greek ones" + (allTwinned ? "; it reads '\(fixed)'" : ""),
                    fix: Fix(Edit(range: range, replacement: fixed), applicability: allTwinned ? .safe : .displayOnly)))
            }
        }
        return diagnostics
    }
}
