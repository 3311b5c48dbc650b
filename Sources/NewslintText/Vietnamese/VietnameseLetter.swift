/// A letter of Vietnamese writing taken apart: the ASCII base, the mark
/// that makes it another letter (â ă ê ô ơ ư đ), the tone, and the case.
/// "Ở" is o + horn + hook tone, uppercase.
public struct VietnameseLetter: Hashable, Sendable {
    public enum Modifier: UInt8, Sendable, CaseIterable {
        case none, circumflex, breve, horn, stroke

        /// The combining mark that writes it (đ has none: it does not decompose).
        public var combiningMark: Unicode.Scalar? {
            switch self {
            case .none, .stroke: nil
            case .circumflex: "\u{0302}"
            case .breve: "\u{0306}"
            case .horn: "\u{031B}"
            }
        }
    }

    /// The six tones; `level` (ngang) carries no mark.
    public enum Tone: UInt8, Sendable, CaseIterable {
        case level, grave, acute, tilde, hook, dot

        /// The combining mark that writes the tone.
        public var combiningMark: Unicode.Scalar? {
            switch self {
            case .level: nil
            case .grave: "\u{0300}"
            case .acute: "\u{0301}"
            case .tilde: "\u{0303}"
            case .hook: "\u{0309}"
            case .dot: "\u{0323}"
            }
        }
    }

    /// Lowercase ASCII letter.
    public var base: UInt8
    public var modifier: Modifier
    public var tone: Tone
    public var isUppercase: Bool

    public init(base: UInt8, modifier: Modifier = .none, tone: Tone = .level, isUppercase: Bool = false) {
        self.base = base
        self.modifier = modifier
        self.tone = tone
        self.isUppercase = isUppercase
    }

    public var isVowel: Bool {
        modifier != .stroke && [0x61, 0x65, 0x69, 0x6F, 0x75, 0x79].contains(base)
    }

    /// â ă ê ô ơ ư: the vowels whose mark decides where the tone goes.
    public var isModifiedVowel: Bool { isVowel && modifier != .none }

    /// The letter without its tone, lowercase, as text: the unit rhymes are spelled in.
    public var toneless: String {
        String(Character(VietnameseAlphabet.scalar(for: VietnameseLetter(base: base, modifier: modifier))!))
    }

    /// The letter as base + letter mark + tone mark (its NFD).
    public var decomposed: [Unicode.Scalar] {
        guard modifier != .stroke else { return scalar.map { [$0] } ?? [] }
        var scalars = [Unicode.Scalar(isUppercase ? base - 0x20 : base)]
        if let mark = modifier.combiningMark { scalars.append(mark) }
        if let mark = tone.combiningMark { scalars.append(mark) }
        return scalars
    }

    /// The composed character, or nil for a combination Vietnamese lacks.
    public var scalar: Unicode.Scalar? { VietnameseAlphabet.scalar(for: self) }
}

/// The letters Vietnamese writing uses, composed (NFC) and taken apart.
public enum VietnameseAlphabet {
    private static let tables: (byScalar: [Unicode.Scalar: VietnameseLetter], byLetter: [VietnameseLetter: Unicode.Scalar]) = {
        var byScalar: [Unicode.Scalar: VietnameseLetter] = [:]
        var byLetter: [VietnameseLetter: Unicode.Scalar] = [:]
        let modifiersOf: [Character: [(VietnameseLetter.Modifier, String)]] = [
            "a": [(.none, ""), (.circumflex, "\u{0302}"), (.breve, "\u{0306}")],
            "e": [(.none, ""), (.circumflex, "\u{0302}")],
            "o": [(.none, ""), (.circumflex, "\u{0302}"), (.horn, "\u{031B}")],
            "u": [(.none, ""), (.horn, "\u{031B}")],
            "i": [(.none, "")], "y": [(.none, "")],
        ]
        func add(_ text: String, _ letter: VietnameseLetter) {
            let composed = UnicodeNormalization.nfc(text).unicodeScalars
            guard composed.count == 1, let scalar = composed.first else { return }
            byScalar[scalar] = letter
            byLetter[letter] = scalar
        }
        for (base, modifiers) in modifiersOf {
            for (modifier, mark) in modifiers {
                for tone in VietnameseLetter.Tone.allCases {
                    let toneMark = tone.combiningMark.map { String(Character($0)) } ?? ""
                    for uppercase in [false, true] {
                        let letter = uppercase ? base.uppercased() : String(base)
                        add(letter + mark + toneMark, VietnameseLetter(
                            base: base.asciiValue!, modifier: modifier, tone: tone, isUppercase: uppercase))
                    }
                }
            }
        }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") where modifiersOf[Character(Unicode.Scalar(byte))] == nil {
            add(String(Unicode.Scalar(byte)), VietnameseLetter(base: byte))
            add(String(Unicode.Scalar(byte - 0x20)), VietnameseLetter(base: byte, isUppercase: true))
        }
        add("đ", VietnameseLetter(base: UInt8(ascii: "d"), modifier: .stroke))
        add("Đ", VietnameseLetter(base: UInt8(ascii: "d"), modifier: .stroke, isUppercase: true))
        return (byScalar, byLetter)
    }()

    /// The letter a composed character is, or nil when it is not a letter
    /// of Vietnamese writing (é is; ð, ñ and ǎ are not).
    public static func letter(_ scalar: Unicode.Scalar) -> VietnameseLetter? { tables.byScalar[scalar] }

    public static func scalar(for letter: VietnameseLetter) -> Unicode.Scalar? { tables.byLetter[letter] }

    /// The letters of a word, or nil when one of its characters is not a
    /// Vietnamese letter. The word must be NFC.
    public static func letters(of word: some StringProtocol) -> [VietnameseLetter]? {
        var letters: [VietnameseLetter] = []
        for scalar in word.unicodeScalars {
            guard let letter = letter(scalar) else { return nil }
            letters.append(letter)
        }
        return letters
    }

    /// The word spelled by `letters`.
    public static func text(of letters: [VietnameseLetter]) -> String {
        var text = String.UnicodeScalarView()
        for letter in letters { text.append(scalar(for: letter) ?? "?") }
        return String(text)
    }
}
