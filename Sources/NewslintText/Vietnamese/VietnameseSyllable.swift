/// Where a Vietnamese syllable's tone mark goes: old style puts it on the
/// first vowel of a bare open oa, oe, uy (hòa, khỏe, thủy), new style on
/// the second (hoà, khoẻ, thuỷ). Every other syllable is written the same
/// in both.
public enum ToneStyle: String, Sendable, CaseIterable {
    case old, new
}

/// One written syllable parsed by Vietnamese spelling: onset consonants, the
/// vowel run, the coda, and the tone with the letter carrying it. The
/// parse ignores where the tone sits, so a misplaced mark ("Trừơng") still
/// parses and can be moved.
public struct VietnameseSyllable: Sendable {
    public let letters: [VietnameseLetter]
    public let onsetLength: Int
    /// Indices into `letters` of the vowel run.
    public let vowels: Range<Int>
    public let tone: VietnameseLetter.Tone
    /// The letter that carries the tone mark, nil for the level tone.
    public let toneCarrier: Int?

    /// Onsets and codas as letter codes (see `code(of:)`), longest first.
    private static let onsetCodes: [[UInt8]] = ["ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu",
                                                "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
                                                "v", "x", "f", "j", "w", "z"].map(codes)
    private static let codaCodes: [[UInt8]] = ["ch", "ng", "nh", "c", "m", "n", "p", "t"].map(codes)
    private static let strokeCode: UInt8 = 1

    private static func codes(_ text: String) -> [UInt8] { text.unicodeScalars.map { $0 == "đ" ? strokeCode : UInt8($0.value) } }

    /// A letter as one byte for matching onsets and codas: its lowercase
    /// ASCII base, 1 for đ, 0 for a vowel with a mark (never in an onset or coda).
    @inline(__always)
    private static func code(of letter: VietnameseLetter) -> UInt8 {
        switch letter.modifier {
        case .none: letter.base
        case .stroke: strokeCode
        default: 0
        }
    }

    /// nil when the letters cannot be one syllable: more than one tone
    /// mark, or letters outside onset + vowels + coda.
    public init?(_ letters: [VietnameseLetter]) {
        guard !letters.isEmpty else { return nil }
        var tone = VietnameseLetter.Tone.level
        var carrier: Int?
        for (index, letter) in letters.enumerated() where letter.tone != .level {
            guard carrier == nil else { return nil }  // two tone marks
            tone = letter.tone
            carrier = index
        }
        func matches(_ pattern: [UInt8], at start: Int) -> Bool {
            guard letters.count - start >= pattern.count else { return false }
            for (offset, code) in pattern.enumerated() where Self.code(of: letters[start + offset]) != code { return false }
            return true
        }
        var onsetLength = 0
        for onset in Self.onsetCodes where matches(onset, at: 0) {
            // gi and qu are an onset only when a vowel follows (già, quý; but gì = g + ì).
            let isGiOrQu = onset.count == 2 && (onset[1] == UInt8(ascii: "i") || onset == [UInt8(ascii: "q"), UInt8(ascii: "u")])
                && (onset[0] == UInt8(ascii: "g") || onset[0] == UInt8(ascii: "q"))
            if isGiOrQu, !(onset.count < letters.count && letters[onset.count].isVowel) { continue }
            onsetLength = onset.count
            break
        }
        var end = onsetLength
        while end < letters.count && letters[end].isVowel { end += 1 }
        guard end > onsetLength else { return nil }
        let codaLength = letters.count - end
        guard codaLength == 0 || Self.codaCodes.contains(where: { $0.count == codaLength && matches($0, at: end) }) else { return nil }
        self.letters = letters
        self.onsetLength = onsetLength
        vowels = onsetLength..<end
        self.tone = tone
        toneCarrier = carrier
    }

    /// The consonant coda, lowercase ASCII ("", "c", "ch", "m", "n", "ng", "nh", "p", "t").
    public var coda: String {
        String(decoding: letters[vowels.upperBound...].map(\.base), as: UTF8.self)
    }

    public init?(_ word: some StringProtocol) {
        guard let letters = VietnameseAlphabet.letters(of: word) else { return nil }
        self.init(letters)
    }

    /// A letter spelled without tone or case, đ kept apart from d.
    private static func spelling(of letter: VietnameseLetter) -> String {
        letter.modifier == .stroke ? "đ" : (letter.modifier == .none ? String(Unicode.Scalar(letter.base)) : letter.toneless)
    }

    public var onset: String { letters[0..<onsetLength].map(Self.spelling).joined() }

    /// The vowel run without tones, lowercase: "ươ", "oa".
    public var nucleus: String { letters[vowels].map(\.toneless).joined() }

    /// Where the tone mark belongs in `style` (an index into `letters`).
    public func tonePosition(_ style: ToneStyle) -> Int {
        if let lastModified = letters[vowels].lastIndex(where: \.isModifiedVowel) { return lastModified }
        let count = vowels.count
        if vowels.upperBound < letters.count || count == 1 { return vowels.upperBound - 1 }
        if count == 3 { return vowels.lowerBound + 1 }
        let (first, second) = (letters[vowels.lowerBound].base, letters[vowels.lowerBound + 1].base)
        let bareOpenPair = (first == UInt8(ascii: "o") && (second == UInt8(ascii: "a") || second == UInt8(ascii: "e")))
            || (first == UInt8(ascii: "u") && second == UInt8(ascii: "y"))
        if bareOpenPair { return vowels.lowerBound + (style == .old ? 0 : 1) }
        return vowels.lowerBound
    }

    /// Which style the mark's place shows: nil when both agree or the mark
    /// is in neither place (see `isToneMisplaced`).
    public var toneStyle: ToneStyle? {
        guard let carrier = toneCarrier else { return nil }
        let old = tonePosition(.old), new = tonePosition(.new)
        guard old != new else { return nil }
        return carrier == old ? .old : (carrier == new ? .new : nil)
    }

    /// A tone mark on a letter where neither style puts it ("Trừơng", "Qúy").
    public var isToneMisplaced: Bool {
        guard let carrier = toneCarrier else { return false }
        return carrier != tonePosition(.old) && carrier != tonePosition(.new)
    }

    /// The letters with the tone mark moved to its place in `style`.
    public func withTone(in style: ToneStyle) -> [VietnameseLetter] {
        var moved = letters
        guard let carrier = toneCarrier else { return moved }
        moved[carrier].tone = .level
        moved[tonePosition(style)].tone = tone
        return moved
    }
}
