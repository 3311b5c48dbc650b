import NewslintText

/// Whether a word differs from a name by the kind of slip a typist makes
/// and not by the kind of difference two spellings of a name have.
///
/// Names come in variants that are one edit apart: a final letter
/// (Daniel/Daniela, Petrov/Petrova), a doubled letter (Neil/Neill,
/// Zelensky/Zelenskyy), a vowel (Sergei/Sergey is not even that). None of
/// those is taken for a slip. A slip is two neighbours swapped
/// ("Lavorv"), a keyboard neighbour struck for a consonant, or a letter
/// dropped or added inside the word (not a doubled one).
enum NameSlip {
    static func isTypistSlip(_ typed: [UInt8], of name: [UInt8]) -> Bool {
        let a = typed.map { $0 | 0x20 }, b = name.map { $0 | 0x20 }
        var prefix = 0
        while prefix < min(a.count, b.count) && a[prefix] == b[prefix] { prefix += 1 }
        guard prefix > 0 else { return false }  // typists rarely miss the first letter
        if a.count == b.count {
            var suffix = 0
            while suffix < a.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
            let differing = a.count - prefix - suffix
            if differing == 2 {
                return a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
            }
            guard differing == 1 else { return false }
            let (x, y) = (a[prefix], b[prefix])
            return Keyboard.areNeighbours(x, y) && !(Keyboard.isVowel(x) && Keyboard.isVowel(y))
        }
        // One letter more or less, strictly inside the word.
        let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
        guard longer.count == shorter.count + 1, prefix < shorter.count,
              longer[(prefix + 1)...].elementsEqual(shorter[prefix...]) else { return false }
        let extra = longer[prefix]
        let doubled = longer[prefix - 1] == extra || (prefix + 1 < longer.count && longer[prefix + 1] == extra)
        return !doubled && prefix + 1 < longer.count
    }
}
