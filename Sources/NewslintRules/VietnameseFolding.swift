import NewslintText

enum VietnameseFolding {
    /// The word with every Vietnamese mark removed, đ → d, case kept:
    /// "Nguyễn" → "Nguyen", "Đà" → "Da". Other characters are kept.
    static func fold(_ word: String) -> String {
        var folded = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if scalar.value >= 0x80, let letter = VietnameseAlphabet.letter(scalar) {
                folded.append(Unicode.Scalar(letter.isUppercase ? letter.base - 0x20 : letter.base))
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }

    static func markCount(of word: String) -> Int {
        word.unicodeScalars.filter { $0.value >= 0x80 && VietnameseAlphabet.letter($0) != nil }.count
    }

    /// Whether a word has a letter only Vietnamese writing uses (ă â ê ô ơ
    /// ư đ, or a tone Latin-1 cannot write: ạ ả ẽ…), not just é or à.
    static func hasVietnameseOnlyLetter(_ word: String) -> Bool {
        word.unicodeScalars.contains { scalar in
            guard scalar.value >= 0x80, let letter = VietnameseAlphabet.letter(scalar) else { return false }
            return scalar.value >= 0x100 || letter.modifier != .none
        }
    }
}
