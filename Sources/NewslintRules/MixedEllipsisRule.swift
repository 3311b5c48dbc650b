import NewslintCore

/// Three full stops ("...") and the ellipsis character ("…") mixed in one document.
public struct MixedEllipsisRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "mixed-ellipsis",
        category: .typography,
        summary: "Three full stops and the ellipsis character mixed in one document",
        rationale: """
            A story writes an ellipsis one way: three full stops or the single character. When both \
            occur, the less frequent form is reported and changed to the other (on a tie, the first \
            used wins). Only runs of exactly three stops count, so "...." (an ellipsis and a full \
            stop, as some styles write it) and two stops are left alone. Only the mark changes, so \
            the fix is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["He paused… then spoke… and left⟦...⟧", "Wait⟦…⟧ no. Then... yes... fine..."],
            nonTriggering: ["He paused… then spoke… and left…", "He paused... then spoke...", "It ended.... Then… nothing"],
            corrections: [.init("Well… no… never...", "Well… no… never…")]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let (stops, characters) = document.bytes.withUnsafeBufferPointer { bytes in
            let start = document.source.contentStart
            // Runs of exactly three full stops.
            var stops: [Int] = []
            var index = start
            while let dot = ByteSearch.firstIndex(of: UInt8(ascii: "."), in: bytes, from: index, to: bytes.count) {
                var end = dot
                while end < bytes.count && bytes[end] == UInt8(ascii: ".") { end += 1 }
                if end - dot == 3 { stops.append(dot) }
                index = end
            }
            let characters = ByteSearch.offsets(of: 0xE2, in: bytes, from: start, to: bytes.count).filter { index in
                index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            }
            return (stops, characters)
        }
        guard !stops.isEmpty, !characters.isEmpty else { return [] }
        let keepCharacter = keepsFirstForm(characters, over: stops)
        let counts = "\(characters.count) '…', \(stops.count) '...'"
        let (offsets, replacement) = keepCharacter ? (stops, "…") : (characters, "...")
        return offsets.map { offset in
            let range = TextRange(start: offset, length: 3)
            return metadata.diagnostic(range, "this document mixes ellipses (\(counts)); use '\(replacement)'",
                                       fix: Fix(Edit(range: range, replacement: replacement), applicability: .safe))
        }
    }
}
