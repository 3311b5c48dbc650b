import NewslintCore
import NewslintText

/// Text that is not in Unicode Normalization Form C.
public struct NotNFCRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "not-nfc",
        category: .unicode,
        summary: "A word not in Unicode NFC (for example decomposed Vietnamese from a Mac or a PDF)",
        rationale: """
            "Việt" can be stored composed (NFC, one code point for ệ) or decomposed (NFD, e + two \
            combining marks). They look the same but do not match in search, deduplication or a name \
            list, and mixing them in one story splits a name into two. Each word holding a non-NFC \
            sequence is reported; the fix rewrites it to NFC, which is canonically equivalent, so it is \
            safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "Bùi Thanh ⟦So\u{031B}n⟧ met",
                "⟦Vie\u{0323}\u{0302}t⟧ Nam and ⟦Vie\u{0302}\u{0323}t⟧",
                "café ⟦cafe\u{0301}⟧",
            ],
            nonTriggering: [
                "Bùi Thanh Sơn in Việt Nam",
                "plain ASCII text",
                "ภาษาไทย and 東京",
            ],
            corrections: [
                .init("Vie\u{0323}\u{0302}t Nam and Đa\u{0300} Na\u{0306}\u{0303}ng", "Việt Nam and Đà Nẵng"),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        // Nearly every document is NFC throughout: one pass of ICU over the
        // whole text settles that, instead of one call for each word.
        let content = document.source.contentRange
        guard !UnicodeNormalization.isNFC(bytes[content.start..<content.end]) else { return [] }
        var diagnostics: [Diagnostic] = []
        for token in document.tokens {
            let slice = bytes[token.range.start..<token.range.end]
            guard slice.contains(where: { $0 >= 0x80 }), !UnicodeNormalization.isNFC(slice) else { continue }
            let text = document.text(token)
            let normalized = UnicodeNormalization.nfc(text)
            diagnostics.append(metadata.diagnostic(
                token.range, "'\(normalized)' is not in NFC (decomposed or unordered combining marks)",
                fix: Fix(Edit(range: token.range, replacement: normalized), applicability: .safe)))
        }
        return diagnostics
    }
}
