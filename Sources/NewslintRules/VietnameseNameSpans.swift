import NewslintCore
import NewslintText

/// The runs of capitalised Vietnamese syllables in a document — names:
/// "Bùi Thanh Sơn", "Bui Thanh Son", "Hà Nội" — separated by single spaces.
///
/// A story has thousands of them, so they are kept flat: one array of the
/// words of every span, each pointing at its distinct spelling, and each
/// span a range of that array.
struct VietnameseNameSpans {
    /// One distinct spelling of a name word, normalised and folded once.
    struct Spelling {
        /// The word in NFC.
        let text: String
        /// A hash of the bare lowercase form (marks removed, đ → d): parts
        /// of names meet by these.
        let foldedHash: UInt64
        /// A hash of `text`: forms of a name differ by these.
        let exactHash: UInt64
        let marks: Int
    }

    struct Word {
        let range: TextRange
        let spelling: Int
    }

    /// A run of two to four words of a span (indices into `words`): a form of some name.
    struct Part {
        let words: Range<Int>
        /// Equal for every form of one name.
        let keyHash: UInt64
        /// Equal for equal forms.
        let formHash: UInt64
        let markCount: Int
    }

    private(set) var spellings: [Spelling] = []
    private(set) var words: [Word] = []
    /// Each span as its range of `words`.
    private(set) var spans: [Range<Int>] = []

    func text(of words: Range<Int>) -> String {
        self.words[words].map { spellings[$0.spelling].text }.joined(separator: " ")
    }

    func range(of words: Range<Int>) -> TextRange {
        TextRange(start: self.words[words.lowerBound].range.start, end: self.words[words.upperBound - 1].range.end)
    }

    func markCount(of words: Range<Int>) -> Int {
        self.words[words].reduce(0) { $0 + spellings[$1.spelling].marks }
    }

    func spelling(of word: Word) -> Spelling { spellings[word.spelling] }

    /// Calls `body` with every run of two to four words of the span,
    /// longest first, then left to right, until it returns false.
    func forEachPart(of span: Range<Int>, _ body: (Part) -> Bool) {
        guard span.count >= 2 else { return }
        for length in stride(from: min(span.count, 4), through: 2, by: -1) {
            for start in span.lowerBound...(span.upperBound - length) {
                var key: UInt64 = 0xcbf2_9ce4_8422_2325, form = key, marks = 0
                for word in words[start..<(start + length)] {
                    let spelling = spellings[word.spelling]
                    key = (key ^ spelling.foldedHash) &* 0x100_0000_01b3
                    form = (form ^ spelling.exactHash) &* 0x100_0000_01b3
                    marks += spelling.marks
                }
                guard body(Part(words: start..<(start + length), keyHash: key, formHash: form, markCount: marks)) else { return }
            }
        }
    }
}

extension VietnameseNameSpans {
    /// The name spans of a document around the words `seeds` (or all of
    /// them when nil): a capitalised word is part of a name when it is a
    /// valid Vietnamese syllable, marked or bare, or a Vietnamese name the
    /// gazetteer knows (Đắk Lắk breaks the grammar).
    init(_ document: Document, around seeds: [TextRange]?, lexicon: Lexicon) {
        let tokens = document.tokens
        let bytes = document.bytes
        // Names repeat: each spelling is judged, normalised and folded once,
        // found again by the hash of its bytes (-1: not a name word).
        var spellingOfHash: [UInt64: Int] = [:]
        func mayBeName(_ index: Int) -> Bool {
            guard tokens[index].kind == .word else { return false }
            // Most words start with a small ASCII letter: no need to look further.
            let first = bytes[tokens[index].range.start]
            return first >= 0x80 || (first >= 0x41 && first <= 0x5A)
        }
        func nameSpelling(_ index: Int) -> Int? {
            guard index >= 0, index < tokens.count, mayBeName(index) else { return nil }
            let range = tokens[index].range
            let hash = bytes.withUnsafeBufferPointer { WordHash.of(UnsafeBufferPointer(rebasing: $0[range.start..<range.end]), lowercasing: false) }
            if let known = spellingOfHash[hash] { return known >= 0 ? known : nil }
            let text = UnicodeNormalization.nfcComposingDiacritics(document.text(range))
            guard Self.isNameWord(text, lexicon: lexicon) else {
                spellingOfHash[hash] = -1
                return nil
            }
            spellings.append(Spelling(
                text: text, foldedHash: WordHash.of(VietnameseFolding.fold(text).lowercased().utf8, lowercasing: false),
                exactHash: WordHash.of(text.utf8, lowercasing: false), marks: VietnameseFolding.markCount(of: text)))
            spellingOfHash[hash] = spellings.count - 1
            return spellings.count - 1
        }
        func isSingleSpace(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count, tokens[index].kind == .whitespace else { return false }
            let range = tokens[index].range
            // " " or a no-break space (C2 A0).
            return (range.length == 1 && bytes[range.start] == 0x20)
                || (range.length == 2 && bytes[range.start] == 0xC2 && bytes[range.start + 1] == 0xA0)
        }
        let starts: [Int] = if let seeds {
            seeds.compactMap { document.tokenIndex(startingAt: $0.start) }.sorted()
        } else {
            tokens.indices.filter(mayBeName)
        }
        // Starts are in order and a span takes in every name word next to
        // it, so a start at or before the last span's end is inside it.
        var coveredThrough = -1
        var before: [Word] = []
        for seed in starts where seed > coveredThrough {
            guard let seedSpelling = nameSpelling(seed) else { continue }
            let spanStart = words.count
            before.removeAll(keepingCapacity: true)
            var low = seed
            while isSingleSpace(low - 1), let spelling = nameSpelling(low - 2) {
                low -= 2
                before.append(Word(range: tokens[low].range, spelling: spelling))
            }
            words.append(contentsOf: before.reversed())
            words.append(Word(range: tokens[seed].range, spelling: seedSpelling))
            var high = seed
            while isSingleSpace(high + 1), let spelling = nameSpelling(high + 2) {
                high += 2
                words.append(Word(range: tokens[high].range, spelling: spelling))
            }
            coveredThrough = high
            spans.append(spanStart..<words.count)
        }
    }

    /// A capitalised word that is a Vietnamese syllable — a bare one only
    /// has to have a syllable's shape ("Huong" and "Viet" are Hương and
    /// Việt with their marks stripped) — or a marked name the gazetteer knows.
    private static func isNameWord(_ text: String, lexicon: Lexicon) -> Bool {
        guard let first = text.first, first.isUppercase else { return false }
        let marked = text.utf8.contains { $0 >= 0x80 }
        if let syllable = VietnameseSyllable(text), !marked || SyllableGrammar.isValid(syllable) { return true }
        return marked && lexicon.lookup(text)?.kind == .name
    }
}
