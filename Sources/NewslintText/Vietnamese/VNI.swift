/// VNI-Windows, the encoding of the VNI fonts, which neither ICU nor glibc
/// knows: a vowel is written as its base letter followed by bytes for its
/// mark and its tone ("e" + "ä" = ệ), read as Windows-1252 characters.
enum VNI {
    typealias Tone = VietnameseLetter.Tone
    typealias Modifier = VietnameseLetter.Modifier

    /// Letters that stand alone: ư ơ đ, and i with three of its tones.
    private static let standalone: [Character: VietnameseLetter] = {
        var table: [Character: VietnameseLetter] = [:]
        for (character, base, modifier, tone) in [
            ("ö", "u", Modifier.horn, Tone.level), ("ô", "o", .horn, .level), ("ñ", "d", .stroke, .level),
            ("æ", "i", .none, .hook), ("ò", "i", .none, .dot), ("ó", "i", .none, .tilde), ("î", "y", .none, .dot),
        ] as [(Character, Character, Modifier, Tone)] {
            let letter = VietnameseLetter(base: base.asciiValue!, modifier: modifier, tone: tone)
            table[character] = letter
            var upper = letter
            upper.isUppercase = true
            table[Character(character.uppercased())] = upper
        }
        return table
    }()

    /// Bytes after a vowel: its letter mark and tone, alone or fused.
    private static let markings: [Character: (modifier: Modifier?, tone: Tone?)] = {
        var table: [Character: (Modifier?, Tone?)] = [
            "â": (.circumflex, nil), "ê": (.breve, nil),
            "ø": (nil, .grave), "ù": (nil, .acute), "û": (nil, .hook), "õ": (nil, .tilde), "ï": (nil, .dot),
            "á": (.circumflex, .acute), "à": (.circumflex, .grave), "å": (.circumflex, .hook),
            "ã": (.circumflex, .tilde), "ä": (.circumflex, .dot),
            "é": (.breve, .acute), "è": (.breve, .grave), "ú": (.breve, .hook), "ü": (.breve, .tilde), "ë": (.breve, .dot),
        ]
        for (character, marking) in table { table[Character(character.uppercased())] = marking }
        return table
    }()

    /// The word decoded, or nil when it holds no VNI byte sequence or
    /// makes a letter Vietnamese lacks.
    static func decode(_ word: String) -> String? {
        var letters: [VietnameseLetter] = []
        var changed = false
        var characters = Array(word)[...]
        while let character = characters.popFirst() {
            var letter: VietnameseLetter
            if let alone = standalone[character] {
                letter = alone
                changed = true
            } else {
                guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                      let plain = VietnameseAlphabet.letter(scalar) else { return nil }
                letter = plain
            }
            if letter.isVowel {
                // A mark byte is written in the case of its vowel ("eä", "EÄ").
                while let next = characters.first, let marking = markings[next], next.isUppercase == letter.isUppercase,
                      marking.modifier == nil || letter.modifier == .none, marking.tone == nil || letter.tone == .level {
                    if let modifier = marking.modifier { letter.modifier = modifier }
                    if let tone = marking.tone { letter.tone = tone }
                    characters.removeFirst()
                    changed = true
                }
                guard VietnameseAlphabet.scalar(for: letter) != nil else { return nil }
            }
            letters.append(letter)
        }
        return changed ? VietnameseAlphabet.text(of: letters) : nil
    }
}
