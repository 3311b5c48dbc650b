/// Whether a parsed syllable is possible in Vietnamese: its rhyme is one
/// the language has, its onset is spelled as the following vowel requires
/// (k, gh, ngh before i, e, ê, y; c, g, ng before the rest), and a stop
/// coda (c, ch, p, t) carries the acute or the dot tone. A stop coda with
/// no tone ("Viet", "Quoc") is impossible, which makes it a sure sign of
/// stripped diacritics in Vietnamese copy.
public enum SyllableGrammar {
    public enum Problem: Equatable, Sendable {
        case impossibleRhyme(String)
        case onsetSpelling(String)
        case toneAfterStop
    }

    /// The rhymes, as in the notes: nucleus, then its codas; "·" marks a
    /// nucleus that may end the syllable.
    private static let table: [(String, String)] = [
        ("a·", "c ch m n ng nh p t i o u y"), ("ă", "c m n ng p t"), ("â", "c m n ng p t u y"),
        ("e·", "c m n ng p t o"), ("ê·", "ch m n nh p t u"), ("i·", "ch m n nh p t u a"),
        ("o·", "c m n ng p t i"), ("oo", "c ng"), ("ô·", "c m n ng p t i"), ("ơ·", "m n p t i c"),
        ("u·", "c m n ng p t i a"), ("ư·", "c ng t i u a m n"), ("y·", ""),
        ("iê", "c m n ng p t u"), ("yê", "m n ng p t u"), ("uô", "c i m n ng t"), ("ươ", "c i m n ng p t u"),
        ("oa·", "c ch m n ng nh p t i y o"), ("oă", "c m n ng t"), ("oe·", "n t o"), ("uâ", "n ng t y"),
        ("uê·", "ch nh"), ("uơ·", ""), ("uy·", "ch nh t a u"), ("uyê", "n t"),
    ]

    /// Every rhyme (vowels + coda, toneless, lowercase): "ương", "oanh", "a".
    static let rhymes: Set<String> = {
        var rhymes = Set<String>()
        for (nucleus, codas) in table {
            let open = nucleus.hasSuffix("·")
            let vowels = open ? String(nucleus.dropLast()) : nucleus
            if open { rhymes.insert(vowels) }
            for coda in codas.split(separator: " ") { rhymes.insert(vowels + coda) }
        }
        return rhymes
    }()

    public static func problems(of syllable: VietnameseSyllable) -> [Problem] {
        var problems: [Problem] = []
        let rhyme = syllable.nucleus + syllable.coda
        let onset = syllable.onset
        var valid = rhymes.contains(rhyme)
        if onset == "qu" { valid = valid || rhymes.contains("u" + rhyme) }
        if onset == "qu", let first = rhyme.first, first == "o" || first == "u" { valid = false }
        if onset == "gi", rhyme.hasPrefix("ê") { valid = rhymes.contains("i" + rhyme) }
        if !valid { problems.append(.impossibleRhyme(rhyme)) }
        if let first = syllable.nucleus.first {
            let front = "ieêy".contains(first)
            let misspelt: Bool
            switch onset {
            case "k", "gh", "ngh": misspelt = !front
            case "c", "ng": misspelt = front
            case "g": misspelt = front && first != "i"  // gì: the i of gi merged with the vowel
            case "q": misspelt = true
            default: misspelt = false
            }
            if misspelt { problems.append(.onsetSpelling(onset)) }
        }
        if ["c", "ch", "p", "t"].contains(syllable.coda), syllable.tone != .acute, syllable.tone != .dot {
            problems.append(.toneAfterStop)
        }
        return problems
    }

    public static func isValid(_ syllable: VietnameseSyllable) -> Bool { problems(of: syllable).isEmpty }
}
