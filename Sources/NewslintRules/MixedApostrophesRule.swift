import NewslintCore

/// Straight (') and typographic (’) apostrophes mixed in one document:
/// "Vietnam's" beside "Vietnam’s".
public struct MixedApostrophesRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "mixed-apostrophes",
        category: .typography,
        summary: "Straight and curly apostrophes mixed in one document",
        rationale: """
            Copy assembled from several sources mixes the straight apostrophe (') with the \
            typographic one (’): "Vietnam's" beside "Vietnam’s". Either is a house style; one story \
            should use one, and search for "Vietnam’s" should find every one. An apostrophe is a \
            mark between two letters (it's, Vietnam's, O'Brien) or after a plural s (the sides' \
            interests); quotation marks are not counted. When both kinds occur, the less frequent \
            is reported and changed to the more frequent (on a tie, the one used first); the change \
            is only of the character, so it is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["Vietnam’s role, Russia’s view and Vietnam⟦'⟧s stance", "the sides’ interests, it’s clear, isn⟦'⟧t it"],
            nonTriggering: ["Vietnam’s role and Russia’s view", "Vietnam's role and Russia's view", "the 'quoted' word and Vietnam’s role"],
            corrections: [.init("Vietnam’s role, Russia’s view and Vietnam's stance", "Vietnam’s role, Russia’s view and Vietnam’s stance")]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        var straight: [Int] = [], curly: [Int] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            let start = document.source.contentStart
            func isLetter(before offset: Int) -> Bool {
                guard offset > start else { return false }
                let byte = bytes[offset - 1]
                return byte.isASCIILetter || byte >= 0x80 && byte != 0x99 && byte != 0x9D  // not the end of ’ or ”
            }
            func isLetter(at offset: Int) -> Bool {
                offset < bytes.count && (bytes[offset].isASCIILetter || (bytes[offset] >= 0xC3 && bytes[offset] <= 0xE1))
            }
            func isPluralPossessive(_ offset: Int, after end: Int) -> Bool {
                // "sides' " — an s before, a space or punctuation after, and a letter before the s.
                offset - 2 >= start && bytes[offset - 1] == UInt8(ascii: "s") && bytes[offset - 2].isASCIILetter
                    && (end >= bytes.count || bytes[end] == 0x20 || bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: "."))
            }
            straight = ByteSearch.offsets(of: UInt8(ascii: "'"), in: bytes, from: start, to: bytes.count).filter { index in
                isLetter(before: index) && (isLetter(at: index + 1) || isPluralPossessive(index, after: index + 1))
            }
            curly = ByteSearch.offsets(of: 0xE2, in: bytes, from: start, to: bytes.count).filter { index in
                index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
                    && isLetter(before: index) && (isLetter(at: index + 3) || isPluralPossessive(index, after: index + 3))
            }
        }
        guard !straight.isEmpty, !curly.isEmpty else { return [] }
        let keepCurly = keepsFirstForm(curly, over: straight)
        let (minority, width, kept) = keepCurly ? (straight, 1, "’") : (curly, 3, "'")
        let counts = "\(curly.count) curly, \(straight.count) straight"
        return minority.map { offset in
            metadata.diagnostic(
                TextRange(start: offset, length: width),
                "this document mixes apostrophes (\(counts)); use '\(kept)' like the rest",
                fix: Fix(Edit(range: TextRange(start: offset, length: width), replacement: kept), applicability: .safe))
        }
    }
}
