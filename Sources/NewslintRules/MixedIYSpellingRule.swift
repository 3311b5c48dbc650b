import NewslintCore
import NewslintText

/// The same syllable spelled with final i and with final y in one document:
/// "kĩ"/"kỹ", "lí"/"lý", "quí"/"quý", "kỉ niệm"/"kỷ niệm".
public struct MixedIYSpellingRule: Rule {
    let style: HouseStyle

    public init(style: HouseStyle = .standard) { self.style = style }

    public let metadata = RuleMetadata(
        id: "mixed-i-y-spelling",
        category: .vietnamese,
        summary: "A syllable spelled with final i and with final y in one document (kĩ/kỹ, lí/lý)",
        rationale: """
            After h, k, l, m, qu, s, t and v a final i and a final y are two spellings of one \
            syllable (kĩ thuật / kỹ thuật, lí do / lý do, quí / quý); the school spelling prefers \
            i, the press y. Either is correct; one story should use one. In Vietnamese copy, when a \
            document spells such a lowercase syllable both ways, the less frequent spelling is \
            reported and changed to the more frequent one (y on a tie, the press style). Names are \
            left alone: Vy and Vi are different people. Only syllables with a tone mark are compared \
            for now (an unmarked hi/hy is plain ASCII, which the Vietnamese rules do not parse). The \
            change keeps the tone, so it is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["kỹ thuật, kỹ năng và ⟦kĩ⟧ sư của các công ty", "lý do, lý lịch và ⟦lí⟧ luận của họ"],
            nonTriggering: ["kỹ thuật và kỹ năng của họ", "kĩ thuật và kĩ năng của họ", "cô Vy và cô Vi của lớp"],
            corrections: [.init("kỹ thuật, kỹ năng và kĩ sư của họ", "kỹ thuật, kỹ năng và kỹ sư của họ")]
        ),
        yieldsTo: ["mojibake"]
    )

    private static let onsets: Set<String> = ["h", "k", "l", "m", "qu", "s", "t", "v"]

    /// The document's Vietnamese words, which the Vietnamese rules share.
    public var sharedValue: ObjectIdentifier? { ObjectIdentifier(VietnameseWords.self) }

    public func check(_ document: Document) -> [Diagnostic] {
        guard VietnameseCopy.isVietnamese(document, style: style) else { return [] }
        let vietnamese = VietnameseWords.shared(document)
        // Per spelling: the onset + tone of a syllable that may take either
        // letter, and which it has.
        let forms = vietnamese.spellings.map { spelling -> (key: String, isY: Bool)? in
            let syllable = spelling.syllable
            guard !syllable.letters[0].isUppercase, syllable.vowels.count == 1, syllable.vowels.upperBound == syllable.letters.count,
                  Self.onsets.contains(syllable.onset) else { return nil }
            let vowel = syllable.letters[syllable.vowels.lowerBound].base
            guard vowel == UInt8(ascii: "i") || vowel == UInt8(ascii: "y") else { return nil }
            return (syllable.onset + "\(syllable.tone.rawValue)", vowel == UInt8(ascii: "y"))
        }
        var spellings: [String: (i: [VietnameseWords.Word], y: [VietnameseWords.Word])] = [:]
        for word in vietnamese.words {
            guard let form = forms[word.spelling] else { continue }
            if form.isY { spellings[form.key, default: ([], [])].y.append(word) } else { spellings[form.key, default: ([], [])].i.append(word) }
        }
        var diagnostics: [Diagnostic] = []
        for (_, forms) in spellings where !forms.i.isEmpty && !forms.y.isEmpty {
            let keepY = forms.y.count >= forms.i.count
            let minority = keepY ? forms.i : forms.y
            let majorityExample = vietnamese.spelling(of: (keepY ? forms.y : forms.i)[0]).text
            for word in minority {
                let spelling = vietnamese.spelling(of: word)
                var letters = spelling.syllable.letters
                letters[spelling.syllable.vowels.lowerBound].base = keepY ? UInt8(ascii: "y") : UInt8(ascii: "i")
                let fixed = VietnameseAlphabet.text(of: letters)
                diagnostics.append(metadata.diagnostic(
                    word.range, "'\(spelling.text)' and '\(majorityExample)' spell one syllable two ways in this document: '\(fixed)'",
                    fix: Fix(Edit(range: word.range, replacement: fixed), applicability: .safe)))
            }
        }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }
}
