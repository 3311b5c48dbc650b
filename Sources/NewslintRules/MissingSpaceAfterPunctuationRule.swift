import NewslintCore

/// Punctuation glued to the next word: "said.He", "process,the".
public struct MissingSpaceAfterPunctuationRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "missing-space-after-punctuation",
        category: .spacing,
        summary: "No space after a comma, full stop, colon, semicolon, question or exclamation mark",
        rationale: """
            Copy that passes through layout tools loses the space after punctuation ("economy,pointing", \
            "said.He"). The rule fires only between a word and a following letter, so numbers (1,000; \
            3.5; 10:30) never trigger it. Abbreviations are spared: after a full stop the next word must \
            look like the start of a sentence (a capital then a small letter) and the word before it must \
            have two or more letters, which rules out U.S., a.m., e.g. and Ph.D. URLs, e-mail addresses \
            HTML entities (&nbsp;) and acronyms after a colon (CSI:NY) are skipped. Fixes after , ; and . are safe; after : ! ? they are \
            unsafe, because brands and titles use those marks inside names (Yahoo!Mail, Re:Invent).
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "to this process⟦,⟧the official stressed",
                "peace, stability⟦,⟧and cooperation",
                "he said⟦.⟧He left.",
                "Talks in St⟦.⟧Petersburg ended.",
                "one side⟦;⟧the other",
                "Photo⟦:⟧VNA",
                "Really⟦?⟧yes",
            ],
            nonTriggering: [
                "1,000 people and 3.5 per cent at 10:30",
                "The U.S. and the U.N. met at 9 a.m. today",
                "e.g. this, i.e. that, Ph.D. holders",
                "Write to press@vna.vn or see https://vnanet.vn/en/news,id.Html",
                "www.Example.com has it",
                "business./.",
                "He waited...Then he spoke.",
                "HTML&nbsp;text",
                "the crime show CSI:NY",
                "Vietnam's ‘special,’ relationship",
            ],
            corrections: [
                .init("this process,the official said.He left.", "this process, the official said. He left."),
                .init("Photo:VNA", "Photo: VNA", applying: .unsafe),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        var diagnostics: [Diagnostic] = []
        // Cheap byte tests first: a mark followed by a letter (ASCII or not).
        let isMark = Self.isMark  // a local: a global read in the loop costs a retain per byte
        let candidates = bytes.withUnsafeBufferPointer { bytes -> [Int] in
            var found: [Int] = []
            guard bytes.count - 1 > document.source.contentStart else { return found }
            for index in document.source.contentStart..<(bytes.count - 1) where isMark[Int(bytes[index])] {
                let next = bytes[index + 1]
                if next.isASCIILetter || next >= 0xC0 { found.append(index) }
            }
            return found
        }
        for index in candidates {
            let byte = bytes[index]
            guard let applicability = glued(at: index, in: document) else { continue }
            let range = TextRange(start: index, length: 1)
            diagnostics.append(metadata.diagnostic(
                range, "missing space after '\(Character(Unicode.Scalar(byte)))'",
                fix: Fix(.insert(" ", at: index + 1), applicability: applicability)))
        }
        return diagnostics
    }

    private static let isMark: [Bool] = (0..<256).map { ",.;:!?".utf8.contains(UInt8($0)) }

    /// The fix's applicability when the mark at `index` is glued to a
    /// following word, or nil when it is not a finding.
    private func glued(at index: Int, in document: Document) -> Applicability? {
        let bytes = document.bytes
        guard let next = document.scalar(at: index + 1), next.isLetter,
              let previous = document.scalar(before: index)
        else { return nil }
        let mark = bytes[index]
        let closesQuote = ["”", "’", ")"].contains(Character(previous))
        guard previous.isLetterOrDigit || (closesQuote && mark != UInt8(ascii: ".")) else { return nil }
        guard !document.isInAddress(index) else { return nil }
        switch mark {
        case UInt8(ascii: "."):
            return startsSentence(after: index, in: document) && wordBefore(index, in: document) >= 2 ? .safe : nil
        case UInt8(ascii: ";"):
            return endsEntity(at: index, bytes: bytes) ? nil : .safe
        case UInt8(ascii: ","):
            return .safe
        case UInt8(ascii: ":"):
            // "CSI:NY" is a name, not a missing space.
            return previous.isLetter && !joinsAcronyms(index, in: document) ? .unsafe : nil
        default:  // ! ?
            let chunk = document.text(document.chunk(around: index))
            return chunk.contains("/") || chunk.contains("=") ? nil : .unsafe
        }
    }

    /// A capital followed by a small letter: the start of a sentence, not the
    /// next letter of an abbreviation ("U.S", "Ph.D").
    private func startsSentence(after index: Int, in document: Document) -> Bool {
        guard let first = document.scalar(at: index + 1), first.properties.isUppercase else { return false }
        let secondOffset = index + 1 + String(first).utf8.count
        guard let second = document.scalar(at: secondOffset) else { return false }
        return second.properties.isLowercase
    }

    /// Whether the mark at `index` stands between two capitals on each
    /// side, as in "CSI:NY" (but not "Photo:VNA").
    private func joinsAcronyms(_ index: Int, in document: Document) -> Bool {
        let bytes = document.bytes
        return index >= 2 && index + 2 < bytes.count
            && bytes[index - 2].isASCIIUppercase && bytes[index - 1].isASCIIUppercase
            && bytes[index + 1].isASCIIUppercase && bytes[index + 2].isASCIIUppercase
    }

    /// How many letters or digits stand right before `index`.
    private func wordBefore(_ index: Int, in document: Document) -> Int {
        var count = 0
        var offset = index
        while let start = document.startOfScalar(before: offset),
              let scalar = document.scalar(at: start), scalar.isLetterOrDigit {
            count += 1
            offset = start
        }
        return count
    }

    /// Whether the ';' at `index` ends an HTML entity such as "&nbsp;".
    private func endsEntity(at index: Int, bytes: [UInt8]) -> Bool {
        var offset = index - 1
        while offset >= 0 && index - offset <= 10 {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "&") { return offset < index - 1 }
            guard byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "#") else { return false }
            offset -= 1
        }
        return false
    }
}
