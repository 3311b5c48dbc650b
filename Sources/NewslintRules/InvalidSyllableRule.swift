import NewslintCore
import NewslintText

/// Vietnamese words no Vietnamese spelling allows: "Viềt" (a stop coda
/// takes only the acute or dot tone), "nghành", "kủa", "mươ", "ngườí".
public struct InvalidSyllableRule: Rule {
    let style: HouseStyle
    let lexicon: Lexicon

    public init(style: HouseStyle = .standard, lexicon: Lexicon = .shared) {
        self.style = style
        self.lexicon = lexicon
    }

    public let metadata = RuleMetadata(
        id: "invalid-syllable",
        category: .vietnamese,
        summary: "A Vietnamese word that breaks the syllable grammar",
        rationale: """
            Vietnamese syllables follow a small grammar: onset, vowels, coda, one tone. A stop coda \
            (c, ch, p, t) takes only the acute or the dot tone ("Viềt" is impossible); k, gh and ngh \
            come before i, e, ê, y and c, g, ng before the other vowels ("nghành", "kủa"); the rhyme \
            must be one the language has ("mươ"); a syllable has one tone mark ("ngườí"). The rule \
            runs on Vietnamese copy (`--language vi`, or a document most of whose words are \
            Vietnamese) and looks only at words with a Vietnamese mark: an unmarked word may be a \
            loanword or an English one. Names the gazetteer knows are exempt, since minority-language \
            place names break the grammar (Đắk Lắk, Krông Búk, M'Drắk). An onset misspelling is \
            fixed by its pair (ngh → ng, k → c, gh → g and back: "kủa" → "của"): the pair is fixed by \
            the vowel, so the fix is safe; other faults are only reported.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["Hà Nội là thủ đô của ⟦Viềt⟧ Nam", "các ⟦nghành⟧ kinh tế", "tài sản ⟦kủa⟧ họ", "người ⟦ngườí⟧"],
            nonTriggering: ["Việt Nam, người, quốc, giếng, nghiêng, khuya, thuở", "tỉnh Đắk Lắk và Krông Búk",
                            "Bộ trưởng Bùi Thanh Sơn gửi email cho Lavrov"],
            corrections: [.init("các nghành và kủa họ", "các ngành và của họ")]),
        yieldsTo: ["mojibake"]
    )

    /// The document's Vietnamese words, which the Vietnamese rules share.
    public var sharedValue: ObjectIdentifier? { ObjectIdentifier(VietnameseWords.self) }

    public func check(_ document: Document) -> [Diagnostic] {
        guard VietnameseCopy.isVietnamese(document, style: style) else { return [] }
        let vietnamese = VietnameseWords.shared(document)
        var diagnostics: [Diagnostic] = []
        // Each spelling is judged once: the message (nil when it is fine or a
        // name the gazetteer knows) and, for syllables, the respelling.
        let unparsedMessages = vietnamese.unparsedSpellings.map { word -> String? in
            guard lexicon.lookup(word) == nil else { return nil }
            let tones = VietnameseAlphabet.letters(of: word)?.filter { $0.tone != .level }.count ?? 0
            return "'\(word)' " + (tones > 1 ? "has \(tones) tone marks" : "is not a Vietnamese syllable")
        }
        for word in vietnamese.unparsed {
            if let message = unparsedMessages[word.spelling] { diagnostics.append(metadata.diagnostic(word.range, message)) }
        }
        let judgements = vietnamese.spellings.map { spelling -> (message: String, respelling: String?)? in
            guard let first = SyllableGrammar.problems(of: spelling.syllable).first, lexicon.lookup(spelling.text) == nil else { return nil }
            return ("'\(spelling.text)' \(Self.describe(first))", Self.respelled(spelling.syllable))
        }
        for word in vietnamese.words {
            guard let judgement = judgements[word.spelling] else { continue }
            let fix = judgement.respelling.map { Fix(Edit(range: word.range, replacement: $0), applicability: .safe) }
            diagnostics.append(metadata.diagnostic(word.range, judgement.message, fix: fix))
        }
        return diagnostics.sorted { $0.range.start < $1.range.start }
    }

    private static func describe(_ problem: SyllableGrammar.Problem) -> String {
        switch problem {
        case .impossibleRhyme(let rhyme): "has a rhyme Vietnamese does not have ('\(rhyme)')"
        case .onsetSpelling(let onset): "spells its onset '\(onset)' where the vowel after it needs the other spelling"
        case .toneAfterStop: "ends in a stop consonant, which takes only the acute or the dot tone"
        }
    }

    /// The syllable with its onset spelled as its vowel needs, when that is
    /// the only fault.
    static func respelled(_ syllable: VietnameseSyllable) -> String? {
        guard SyllableGrammar.problems(of: syllable) == [.onsetSpelling(syllable.onset)] else { return nil }
        let pairs = ["ngh": "ng", "ng": "ngh", "gh": "g", "g": "gh", "k": "c", "c": "k"]
        guard let other = pairs[syllable.onset] else { return nil }
        var letters = syllable.letters
        let capital = letters.first?.isUppercase ?? false
        let replacement = other.unicodeScalars.enumerated().map { index, scalar in
            VietnameseLetter(base: UInt8(scalar.value), isUppercase: index == 0 && capital)
        }
        letters.replaceSubrange(0..<syllable.onsetLength, with: replacement)
        guard let respelled = VietnameseSyllable(letters), SyllableGrammar.isValid(respelled) else { return nil }
        return VietnameseAlphabet.text(of: letters)
    }
}
