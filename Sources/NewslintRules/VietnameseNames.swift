import NewslintCore
import NewslintText

/// Runs of capitalised Vietnamese syllables — names: "Bùi Thanh Sơn",
/// "Bui Thanh Son", "Hà Nội" — separated by single spaces.
struct VietnameseNameSpan: Sendable {
    let words: [TextRange]
    let range: TextRange
    let texts: [String]
    /// A hash of each word's bare lowercase form (marks removed, đ → d),
    /// made once per spelling: parts of names meet by these.
    let foldedHashes: [UInt64]
    let marks: [Int]

    var markCount: Int { marks.reduce(0, +) }
    var text: String { texts.joined(separator: " ") }

    /// A run of two to four of the span's words: a form of some name.
    struct Part {
        let words: Range<Int>
        let keyHash: UInt64
        let markCount: Int
    }

    /// Every run of two to four words, longest first, then left to right.
    /// Parts are positions, not copies: a story has thousands of them.
    var parts: [Part] {
        guard words.count >= 2 else { return [] }
        var parts: [Part] = []
        for length in stride(from: min(words.count, 4), through: 2, by: -1) {
            for start in 0...(words.count - length) {
                let slice = start..<(start + length)
                let key = foldedHashes[slice].reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ $1) &* 0x100_0000_01b3 }
                parts.append(Part(words: slice, keyHash: key, markCount: marks[slice].reduce(0, +)))
            }
        }
        return parts
    }

    func text(of part: Part) -> String { texts[part.words].joined(separator: " ") }
    func range(of part: Part) -> TextRange {
        TextRange(start: words[part.words.lowerBound].start, end: words[part.words.upperBound - 1].end)
    }
}

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

extension VietnameseNameSpan {
    /// The name spans of a document around the words `seeds` (or all of
    /// them when nil): a capitalised word is part of a name when it is a
    /// valid Vietnamese syllable, marked or bare, or a Vietnamese name the
    /// gazetteer knows (Đắk Lắk breaks the grammar).
    static func spans(in document: Document, around seeds: [TextRange]?, lexicon: Lexicon) -> [VietnameseNameSpan] {
        let tokens = document.tokens
        var indexOfStart: [Int: Int] = [:]
        if seeds != nil {
            for (index, token) in tokens.enumerated() where token.kind == .word { indexOfStart[token.range.start] = index }
        }
        let bytes = document.bytes
        func isNameWord(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
            // Most words start with a small ASCII letter: no need to look further.
            let first = bytes[tokens[index].range.start]
            guard first >= 0x80 || (first >= 0x41 && first <= 0x5A) else { return false }
            let range = tokens[index].range
            let hash = bytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), lowercasing: false) }
            if let known = decided[hash] { return known }
            let decision = decide(index)
            decided[hash] = decision
            return decision
        }
        var decided: [UInt64: Bool] = [:]
        func decide(_ index: Int) -> Bool {
            let text = UnicodeNormalization.nfcComposingDiacritics(document.text(tokens[index].range))
            guard let first = text.first, first.isUppercase else { return false }
            let marked = text.unicodeScalars.contains { $0.value >= 0x80 }
            if let syllable = VietnameseSyllable(text) {
                // A bare word only has to have a syllable's shape: "Huong"
                // and "Viet" are Hương and Việt with their marks stripped.
                if !marked || SyllableGrammar.isValid(syllable) { return true }
            }
            return marked && lexicon.lookup(text)?.kind == .name
        }
        func isSingleSpace(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .whitespace else { return false }
            let range = tokens[index].range
            // " " or a no-break space (C2 A0).
            return (range.length == 1 && bytes[range.start] == 0x20)
                || (range.length == 2 && bytes[range.start] == 0xC2 && bytes[range.start + 1] == 0xA0)
        }
        var starts: [Int] = []
        if let seeds {
            starts = seeds.compactMap { indexOfStart[$0.start] }.sorted()
        } else {
            // Only a word with a capital or a non-ASCII first byte can be one.
            starts = tokens.indices.filter { index in
                let first = bytes[tokens[index].range.start]
                return tokens[index].kind == .word && (first >= 0x80 || (first >= 0x41 && first <= 0x5A))
            }
        }
        var spans: [VietnameseNameSpan] = []
        // Starts are in order and a span takes in every name word next to
        // it, so a start at or before the last span's end is inside it.
        var coveredThrough = -1
        // Names repeat: each spelling is normalised and folded once, found
        // again by the hash of its bytes.
        var wordsByHash: [UInt64: (text: String, foldedHash: UInt64, marks: Int)] = [:]
        func word(_ range: TextRange) -> (text: String, foldedHash: UInt64, marks: Int) {
            let hash = bytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), lowercasing: false) }
            if let known = wordsByHash[hash] { return known }
            let text = UnicodeNormalization.nfcComposingDiacritics(document.text(range))
            let folded = VietnameseFolding.fold(text).lowercased()
            let made = (text: text, foldedHash: WordHash.of(folded.utf8, lowercasing: false),
                        marks: VietnameseFolding.markCount(of: text))
            wordsByHash[hash] = made
            return made
        }
        for seed in starts where seed > coveredThrough && isNameWord(seed) {
            var low = seed, high = seed
            while isSingleSpace(low - 1) && isNameWord(low - 2) { low -= 2 }
            while isSingleSpace(high + 1) && isNameWord(high + 2) { high += 2 }
            coveredThrough = high
            let ranges = stride(from: low, through: high, by: 2).map { tokens[$0].range }
            let words = ranges.map(word)
            spans.append(VietnameseNameSpan(
                words: ranges, range: TextRange(start: ranges[0].start, end: ranges[ranges.count - 1].end),
                texts: words.map(\.text), foldedHashes: words.map(\.foldedHash),
                marks: words.map(\.marks)))
        }
        return spans
    }
}
