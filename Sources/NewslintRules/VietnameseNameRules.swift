import NewslintCore
import NewslintText

/// Vietnamese names written with diacritics in English copy, whose house
/// style writes them bare: "Bùi Thanh Sơn", "Bùi Thanh Son", "Hà Nội".
public struct AccentedNameInEnglishRule: Rule {
    let style: HouseStyle
    let lexicon: Lexicon

    public init(style: HouseStyle = .standard, lexicon: Lexicon = .shared) {
        self.style = style
        self.lexicon = lexicon
    }

    public let metadata = RuleMetadata(
        id: "accented-name-in-english",
        category: .vietnamese,
        summary: "A Vietnamese name with diacritics in English copy (the house style writes it bare)",
        rationale: """
            English-language Vietnamese wire copy writes Vietnamese names without diacritics (Bui \
            Thanh Son, Ha Noi), and copy that mixes "Bùi Thanh Sơn", "Bùi Thanh Son" and "Bui Thanh \
            Son" cannot be searched or matched. In English copy (`--language en`, the default) a run \
            of capitalised words that are all Vietnamese syllables (or names the gazetteer knows, such \
            as Đắk Lắk) and carry a Vietnamese mark is folded to its bare form: marks removed, đ → d. \
            Only the name is touched, never the punctuation around it, and only names that are \
            Vietnamese: a single word needs a letter only Vietnamese uses (ơ, ư, ă, â, ê, ô, đ, or a \
            tone like ạ or ả), so José, Zoé, Erdoğan and Mía keep their accents. A document most of \
            whose words are Vietnamese is Vietnamese copy, and is left to `mixed-name-forms`. The \
            folding is deterministic, so the fix is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "Minister ⟦Bùi Thanh Sơn⟧ met Lavrov", "FM ⟦Bùi Thanh Son⟧ and FM Bui Thanh Son",
                "in ⟦Hà Nội⟧ (VNA)", "the ⟦Đắk Lắk⟧ coffee harvest", "Mr ⟦Sơn⟧ said",
            ],
            nonTriggering: [
                "José Mourinho, Zoé, Recep Tayyip Erdoğan, Mía and Hélène", "Bui Thanh Son in Ha Noi",
                "a bowl of phở in Hanoi", "Ðo Hung Viet", "Đêm nhạc – an evening of music",
            ],
            corrections: [.init("Bùi Thanh Sơn (Hà Nội) – said", "Bui Thanh Son (Ha Noi) – said")]),
        yieldsTo: ["mojibake"]
    )

    /// The document's Vietnamese words, which the Vietnamese rules share.
    public var sharedValue: ObjectIdentifier? { ObjectIdentifier(VietnameseWords.self) }

    public func check(_ document: Document) -> [Diagnostic] {
        guard style.language == .en, !VietnameseCopy.isVietnamese(document, style: style) else { return [] }
        // Seeds: capitalised marked Vietnamese syllables, and marked names
        // the gazetteer knows that the grammar rejects (Đắk, Lắk).
        let vietnamese = VietnameseWords.shared(document)
        var seeds = vietnamese.words.filter { vietnamese.spelling(of: $0).isCapitalised }.map(\.range)
        let gazetteerNames = vietnamese.unparsedSpellings.map { $0.first?.isUppercase == true && lexicon.lookup($0)?.kind == .name }
        seeds += vietnamese.unparsed.filter { gazetteerNames[$0.spelling] }.map(\.range)
        guard !seeds.isEmpty else { return [] }
        let names = VietnameseNameSpans(document, around: seeds, lexicon: lexicon)
        return names.spans.compactMap { span in
            let words = names.words[span]
            // "Đêm nhạc" starts a Vietnamese phrase, not a name: leave it whole.
            guard names.markCount(of: span) > 0, !Self.isInVietnamesePhrase(names.range(of: span), in: document),
                  span.count > 1 || VietnameseFolding.hasVietnameseOnlyLetter(names.spelling(of: words[span.lowerBound]).text)
            else { return nil }
            let edits = words.compactMap { word in
                let spelling = names.spelling(of: word)
                return spelling.marks > 0 ? Edit(range: word.range, replacement: VietnameseFolding.fold(spelling.text)) : nil
            }
            let bare = words.map { VietnameseFolding.fold(names.spelling(of: $0).text) }.joined(separator: " ")
            return metadata.diagnostic(
                names.range(of: span), "'\(names.text(of: span))' has diacritics; English copy writes Vietnamese names bare: '\(bare)'",
                fix: Fix(edits: edits, applicability: .safe))
        }
    }
}

extension AccentedNameInEnglishRule {
    /// Whether a lowercase Vietnamese word with marks stands right beside the span.
    static func isInVietnamesePhrase(_ span: TextRange, in document: Document) -> Bool {
        let starts = document.cache.value(LowercaseVietnameseStarts.self) {
            let vietnamese = VietnameseWords.shared(document)
            return LowercaseVietnameseStarts(vietnamese.words.filter { !vietnamese.spelling(of: $0).isCapitalised })
        }
        return starts.anyStart(in: (span.end + 1)...(span.end + 2))
            || starts.anyEnd(in: (span.start - 2)...(span.start - 1))
    }
}

/// The starts and ends of a document's lowercase Vietnamese words, sorted,
/// to ask what stands beside a name in O(log n).
private struct LowercaseVietnameseStarts: Sendable {
    let starts: [Int]
    let ends: [Int]

    init(_ words: [VietnameseWords.Word]) {
        starts = words.map(\.range.start)
        ends = words.map(\.range.end)
    }

    func anyStart(in range: ClosedRange<Int>) -> Bool { Self.contains(starts, range) }
    func anyEnd(in range: ClosedRange<Int>) -> Bool { Self.contains(ends, range) }

    private static func contains(_ sorted: [Int], _ range: ClosedRange<Int>) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] <= range.upperBound
    }
}

/// One Vietnamese name in several diacritic forms in Vietnamese copy:
/// "Bùi Thanh Sơn" … "Bùi Thanh Son" … "Bui Thanh Son".
public struct MixedNameFormsRule: Rule {
    let style: HouseStyle
    let lexicon: Lexicon

    public init(style: HouseStyle = .standard, lexicon: Lexicon = .shared) {
        self.style = style
        self.lexicon = lexicon
    }

    public let metadata = RuleMetadata(
        id: "mixed-name-forms",
        category: .vietnamese,
        summary: "A Vietnamese name written with full, partial and no diacritics in one story",
        rationale: """
            In Vietnamese copy (`--language vi`, or a document most of whose words are Vietnamese) a \
            name is written with its full diacritics. Runs of two or more capitalised Vietnamese \
            syllables are grouped by their bare, lowercase form (Bùi Thanh Sơn, Bùi Thanh Son and \
            BUI THANH SON meet), and every form with fewer marks than the fullest is reported. When \
            the story has exactly one fullest form, it is the fix, and it is safe: the story itself \
            says how the name is spelled. When it has several (Hương Vân and Hương Văn are two \
            wards of one town), they are offered and nothing is applied. Diacritics are never \
            restored without a source in the story: a bare syllable has many readings (son: 7).
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "Bộ trưởng Bùi Thanh Sơn điện đàm. Ông ⟦Bùi Thanh Son⟧ khẳng định, ông ⟦Bui Thanh Son⟧ nói.",
                "Phường Hương Vân và Hương Văn; ⟦Huong Van⟧ ở đâu?",
            ],
            nonTriggering: [
                "Bộ trưởng Bùi Thanh Sơn điện đàm. Ông Bùi Thanh Sơn khẳng định.",
                "Bộ trưởng Bui Thanh Son điện đàm với Ngoại trưởng Nga.",
            ],
            corrections: [.init(
                "Bộ trưởng Bùi Thanh Sơn điện đàm. Ông Bui Thanh Son nói.",
                "Bộ trưởng Bùi Thanh Sơn điện đàm. Ông Bùi Thanh Sơn nói.")]),
        yieldsTo: ["mojibake"]
    )

    public func check(_ document: Document) -> [Diagnostic] {
        guard VietnameseCopy.isVietnamese(document, style: style) else { return [] }
        // A name may stand inside a longer capitalised run ("Ông Bui Thanh
        // Son" at a sentence start), so every run of two or more words
        // within a span is a form of some name.
        let names = VietnameseNameSpans(document, around: nil, lexicon: lexicon)
        // The fullest form of each name: its marks, one place it is written,
        // and whether another form has as many (then nothing is fixed).
        var fullest: [UInt64: (marks: Int, form: UInt64, example: Range<Int>, isUnique: Bool)] = [:]
        for span in names.spans {
            names.forEachPart(of: span) { part in
                if let known = fullest[part.keyHash], part.markCount <= known.marks {
                    if part.markCount == known.marks, part.formHash != known.form { fullest[part.keyHash]!.isUnique = false }
                } else {
                    fullest[part.keyHash] = (part.markCount, part.formHash, part.words, true)
                }
                return true
            }
        }
        var diagnostics: [Diagnostic] = []
        for span in names.spans {
            // The longest part of the span that lacks marks its name has elsewhere.
            var lacking: VietnameseNameSpans.Part?
            names.forEachPart(of: span) { part in
                if part.markCount < fullest[part.keyHash]!.marks { lacking = part }
                return lacking == nil
            }
            guard let part = lacking, let full = fullest[part.keyHash] else { continue }
            let text = names.text(of: part.words)
            if full.isUnique {
                let edits = zip(names.words[part.words], names.words[full.example]).compactMap { word, model in
                    let (have, want) = (names.spelling(of: word).text, names.spelling(of: model).text)
                    return have == want ? nil : Edit(range: word.range, replacement: want)
                }
                diagnostics.append(metadata.diagnostic(
                    names.range(of: part.words), "'\(text)' lacks diacritics this story gives the name: '\(names.text(of: full.example))'",
                    fix: Fix(edits: edits, applicability: .safe)))
            } else {
                let forms = Self.forms(of: part.keyHash, marks: full.marks, in: names)
                diagnostics.append(metadata.diagnostic(
                    names.range(of: part.words), "'\(text)' lacks diacritics; this story writes the name \(forms.count) ways",
                    suggestions: forms))
            }
        }
        return diagnostics
    }
}

extension MixedNameFormsRule {
    /// Every form of one name with `marks` marks, sorted: the choices when
    /// a story writes the name fully in more than one way.
    static func forms(of key: UInt64, marks: Int, in names: VietnameseNameSpans) -> [String] {
        var forms = Set<String>()
        for span in names.spans {
            names.forEachPart(of: span) { part in
                if part.keyHash == key, part.markCount == marks { forms.insert(names.text(of: part.words)) }
                return true
            }
        }
        return forms.sorted()
    }
}
