import NewslintCore

/// A stand-in for the ICU analyzer: a token per run of non-spaces, so Core
/// can be tested without ICU.
struct SpaceSplittingAnalyzer: DocumentAnalyzer {
    func analyze(_ source: SourceText, format: Document.Format) throws -> Document {
        var tokens: [Token] = []
        var start = source.contentStart
        let bytes = source.bytes
        while start < bytes.count {
            let isSpace = Self.isSpace(bytes[start])
            var end = start + 1
            while end < bytes.count && Self.isSpace(bytes[end]) == isSpace { end += 1 }
            tokens.append(Token(range: TextRange(start: start, end: end), kind: isSpace ? .whitespace : .word))
            start = end
        }
        return Document(source: source, format: format, tokens: tokens, sentences: [source.contentRange])
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D }
}

/// Replaces every "colour" with "color": one safe fix per occurrence.
struct ColourRule: Rule {
    let metadata = RuleMetadata(
        id: "test-colour", category: .style, summary: "test", rationale: "test", fixApplicability: .safe,
        examples: RuleExamples(triggering: [], nonTriggering: [], corrections: []))

    func check(_ document: Document) -> [Diagnostic] {
        document.tokens.filter { document.text($0) == "colour" }.map {
            metadata.diagnostic($0.range, "colour", fix: Fix(Edit(range: $0.range, replacement: "color"), applicability: .safe))
        }
    }
}

/// Deletes a "~" that starts the text: what stood before a zero-width
/// no-break space ("~\u{FEFF}…"), which must not become a byte-order mark.
struct LeadingTildeRule: Rule {
    let metadata = RuleMetadata(
        id: "test-leading-tilde", category: .style, summary: "test", rationale: "test", fixApplicability: .safe,
        examples: RuleExamples(triggering: [], nonTriggering: [], corrections: []))

    func check(_ document: Document) -> [Diagnostic] {
        let start = document.source.contentStart
        guard document.bytes.count > start, document.bytes[start] == UInt8(ascii: "~") else { return [] }
        let range = TextRange(start: start, end: start + 1)
        return [metadata.diagnostic(range, "tilde", fix: Fix(Edit(range: range, replacement: ""), applicability: .safe))]
    }
}

/// A broken rule whose fix never settles: it appends a letter to every word.
struct GrowingRule: Rule {
    let metadata = RuleMetadata(
        id: "test-growing", category: .style, summary: "test", rationale: "test", fixApplicability: .safe,
        examples: RuleExamples(triggering: [], nonTriggering: [], corrections: []))

    func check(_ document: Document) -> [Diagnostic] {
        document.tokens.filter { $0.kind == .word }.map {
            metadata.diagnostic($0.range, "grow", fix: Fix(.insert("x", at: $0.range.end), applicability: .safe))
        }
    }
}

/// Reports every word of `length` letters or more, and yields to the rules
/// named: a stand-in for a rule that defers to another on the same words.
struct LongWordRule: Rule {
    let metadata: RuleMetadata
    let length: Int

    init(id: String, length: Int, yieldsTo: Set<String> = []) {
        metadata = RuleMetadata(
            id: id, category: .style, summary: "test", rationale: "test", fixApplicability: nil,
            examples: RuleExamples(triggering: [], nonTriggering: [], corrections: []), yieldsTo: yieldsTo)
        self.length = length
    }

    func check(_ document: Document) -> [Diagnostic] {
        document.tokens.filter { $0.kind == .word && $0.range.length >= length }.map {
            metadata.diagnostic($0.range, "long")
        }
    }
}
