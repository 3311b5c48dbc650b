import NewslintCore
import NewslintText

/// A tone mark on a letter where neither spelling style puts it: "Trừơng",
/// "Qúy", "hòan".
public struct MisplacedToneMarkRule: Rule {
    let style: HouseStyle

    public init(style: HouseStyle = .standard) { self.style = style }

    public let metadata = RuleMetadata(
        id: "misplaced-tone-mark",
        category: .vietnamese,
        summary: "A Vietnamese tone mark on the wrong letter of its syllable",
        rationale: """
            Vietnamese puts a syllable's tone mark on one vowel, by rule: the last of â ă ê ô ơ ư \
            when there is one (người, Nguyễn), else the last vowel before a consonant (hoàn), else \
            the middle of three (ngoài), else, in a bare oa, oe or uy, the first (old style: hòa) or \
            the second (new style: hoà), else the first (mái, của). A mark in neither place — typed \
            on the wrong key, or by a broken input method — is moved there; where the styles differ \
            it goes where the house style (`--tone-style`, default old) puts it. The move changes no \
            letter and no tone, so the fix is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["Trường Sa, ⟦Trừơng⟧ Sa", "Mr ⟦Qúy⟧ said", "hoàn thành, ⟦hòan⟧ thành", "⟦Nguỹên⟧ Văn A"],
            nonTriggering: ["Trường Sa", "hòa bình và hoà bình", "Quý, già, gì, người", "José, Pelé and café"],
            corrections: [.init("Trừơng Sa và Qúy", "Trường Sa và Quý")]),
        yieldsTo: ["mojibake"]
    )

    /// The document's Vietnamese words, which the Vietnamese rules share.
    public var sharedValue: ObjectIdentifier? { ObjectIdentifier(VietnameseWords.self) }

    public func check(_ document: Document) -> [Diagnostic] {
        let vietnamese = VietnameseWords.shared(document)
        // Per spelling: the moved form when the mark is misplaced.
        let fixes = vietnamese.spellings.map { spelling in
            spelling.syllable.isToneMisplaced ? VietnameseAlphabet.text(of: spelling.syllable.withTone(in: style.toneStyle)) : nil
        }
        return vietnamese.words.compactMap { word in
            guard let fixed = fixes[word.spelling] else { return nil }
            return metadata.diagnostic(
                word.range, "the tone mark of '\(vietnamese.spelling(of: word).text)' is on the wrong letter: '\(fixed)'",
                fix: Fix(Edit(range: word.range, replacement: fixed), applicability: .safe))
        }
    }
}

/// Old-style (hòa, thủy) and new-style (hoà, thuỷ) tone placement mixed in one document.
public struct MixedToneStyleRule: Rule {
    let style: HouseStyle

    public init(style: HouseStyle = .standard) { self.style = style }

    public let metadata = RuleMetadata(
        id: "mixed-tone-style",
        category: .vietnamese,
        summary: "Old-style and new-style tone placement mixed in one document",
        rationale: """
            Two spellings are correct: the old style puts the mark of a bare open oa, oe or uy on the \
            first vowel (hòa, khỏe, thủy), the new style on the second (hoà, khoẻ, thuỷ); every other \
            syllable is written the same in both. Neither is a misspelling, but one document should \
            use one. When a document mixes them, every syllable not in the house style \
            (`--tone-style old|new`, default old, the style of the official gazetteer: Thanh Hóa, \
            Khánh Hòa) is reported and converted; when the desk sets the style explicitly, syllables \
            in the other style are reported even where the document is consistent. The conversion \
            moves the mark within the syllable, so it is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["Khánh Hòa và Thanh ⟦Hoá⟧", "hòa bình, sức khỏe, ⟦thuỷ⟧ lợi"],
            nonTriggering: ["Khánh Hòa và Thanh Hóa", "hoà bình và khoẻ", "hoàn thành và quý"],
            corrections: [.init("Hòa Bình và Thanh Hoá", "Hòa Bình và Thanh Hóa")]),
        yieldsTo: ["mojibake"]
    )

    /// The document's Vietnamese words, which the Vietnamese rules share.
    public var sharedValue: ObjectIdentifier? { ObjectIdentifier(VietnameseWords.self) }

    public func check(_ document: Document) -> [Diagnostic] {
        let vietnamese = VietnameseWords.shared(document)
        let styleOf = vietnamese.spellings.map(\.syllable.toneStyle)
        let styles = Set(vietnamese.words.compactMap { styleOf[$0.spelling] })
        guard styles.count > 1 || (style.toneStyleIsExplicit && styles == [style.toneStyle.other]) else { return [] }
        let reason = styles.count > 1 ? "this document mixes old- and new-style tone marks" : "the house style is \(style.toneStyle.rawValue)"
        // Per spelling: the house-style form when the spelling is in the other style.
        let fixes = zip(vietnamese.spellings, styleOf).map { spelling, spellingStyle in
            spellingStyle.map { $0 != style.toneStyle } == true
                ? VietnameseAlphabet.text(of: spelling.syllable.withTone(in: style.toneStyle)) : nil
        }
        return vietnamese.words.compactMap { word in
            guard let fixed = fixes[word.spelling] else { return nil }
            return metadata.diagnostic(
                word.range, "'\(vietnamese.spelling(of: word).text)' is \(style.toneStyle.other.rawValue)-style; \(reason): '\(fixed)'",
                fix: Fix(Edit(range: word.range, replacement: fixed), applicability: .safe))
        }
    }
}

extension ToneStyle {
    var other: ToneStyle { self == .old ? .new : .old }
}
