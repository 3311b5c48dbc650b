import NewslintCore

/// Straight (") and typographic (“ ”) double quotation marks mixed in one document.
public struct MixedQuoteMarksRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "mixed-quote-marks",
        category: .typography,
        summary: "Straight and curly double quotation marks mixed in one document",
        rationale: """
            A story should quote one way: "straight" or “curly”. When both occur, the less frequent \
            kind is reported and changed to the other (on a tie, the first used wins). A straight \
            mark becomes an opening mark at the start of a line or after a space or an opening \
            bracket, and a closing one elsewhere. Only the mark changes, so the fix is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["“Yes,” he said. “No,” she said. ⟦\"⟧Maybe⟦\"⟧, they said."],
            nonTriggering: ["“Yes,” he said. “No,” she said.", "\"Yes,\" he said. \"No,\" she said.", "a 5\" screen"],
            corrections: [.init("“Yes,” he said. “No,” she said. \"Maybe\", they said.", "“Yes,” he said. “No,” she said. “Maybe”, they said.")]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        let (straight, curly) = bytes.withUnsafeBufferPointer { bytes in
            let start = document.source.contentStart
            // Inch marks after a digit are not quotation marks.
            let straight = ByteSearch.offsets(of: UInt8(ascii: "\""), in: bytes, from: start, to: bytes.count)
                .filter { !($0 > 0 && bytes[$0 - 1].isASCIIDigit) }
            let curly = ByteSearch.offsets(of: 0xE2, in: bytes, from: start, to: bytes.count).filter { index in
                index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D)
            }
            return (straight, curly)
        }
        guard !straight.isEmpty, !curly.isEmpty else { return [] }
        let keepCurly = keepsFirstForm(curly, over: straight)
        let counts = "\(curly.count) curly, \(straight.count) straight"
        if keepCurly {
            return straight.map { offset in
                let opening = offset == document.source.contentStart || [0x20, 0x0A, 0x09, UInt8(ascii: "("), UInt8(ascii: "[")]
                    .contains(bytes[offset - 1])
                let mark = opening ? "“" : "”"
                return metadata.diagnostic(
                    TextRange(start: offset, length: 1), "this document mixes quotation marks (\(counts)); use '\(mark)'",
                    fix: Fix(Edit(range: TextRange(start: offset, length: 1), replacement: mark), applicability: .safe))
            }
        }
        return curly.map { offset in
            metadata.diagnostic(
                TextRange(start: offset, length: 3), "this document mixes quotation marks (\(counts)); use '\"'",
                fix: Fix(Edit(range: TextRange(start: offset, length: 3), replacement: "\""), applicability: .safe))
        }
    }
}

/// A hyphen with a space on each side standing for a dash: "Hanoi (VNA) - Minister".
public struct SpacedHyphenRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "spaced-hyphen",
        category: .typography,
        summary: "A spaced hyphen used as a dash in a document that writes dashes as dashes",
        rationale: """
            A hyphen joins words; between spaces it stands for a dash, as in the dateline "Hanoi \
            (VNA) – …" or an aside. In a document that writes its dashes as dashes, a spaced \
            hyphen is the odd one out (copy that writes every dash " - ", as some plain-text house \
            styles do, is left alone). After a dateline's closing bracket, or before a lowercase word \
            (an aside), it is replaced by the spaced en dash of wire style. Between two capitalised \
            names ("NIC - Google") a joining dash may be meant, so that is left alone, as are lists \
            that start lines with "- " and minus signs before numbers. The fix changes only the \
            character, so it is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["Hanoi (VNA) ⟦-⟧ Minister Bui Thanh Son said – and more", "the talks ⟦-⟧ the first in years – ended"],
            nonTriggering: ["Hanoi (VNA) – Minister", "a well-known case", "the talks - the first in years - ended", "- first item\n- second item", "it fell to - 5 degrees",
                            "the NIC - Google initiative"],
            corrections: [.init("Hanoi (VNA) - Minister – and more", "Hanoi (VNA) – Minister – and more")]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let bytes = document.bytes
        let start = document.source.contentStart
        // Only where the document's own style is the dash: plain-text copy
        // that writes every dash as " - " (the BBC's, for one) is consistent.
        guard Self.usesSpacedDashes(bytes, from: start) else { return [] }
        let hyphens = bytes.withUnsafeBufferPointer { ByteSearch.offsets(of: UInt8(ascii: "-"), in: $0, from: start, to: $0.count) }
        for index in hyphens {
            guard index > start, index + 1 < bytes.count, bytes[index - 1] == 0x20, bytes[index + 1] == 0x20 else { continue }
            // Not a list item: something other than spaces stands before it on its line.
            var before = index - 1
            while before > start && bytes[before - 1] == 0x20 { before -= 1 }
            guard before > start, bytes[before - 1] != 0x0A else { continue }
            // A dateline ("(VNA) - ") or an aside ("talks - the first"); between two
            // capitalised names ("NIC - Google") the joining dash may be meant, so
            // that is left to the editor. Not a minus before a number.
            guard index + 2 < bytes.count, !bytes[index + 2].isASCIIDigit else { continue }
            let dateline = bytes[before - 1] == UInt8(ascii: ")")
            let aside = bytes[index + 2].isASCIILowercase
            guard dateline || aside else { continue }
            diagnostics.append(metadata.diagnostic(
                TextRange(start: index, length: 1), "a spaced hyphen stands for a dash: '–', as elsewhere in this document",
                fix: Fix(Edit(range: TextRange(start: index, length: 1), replacement: "–"), applicability: .safe)))
        }
        return diagnostics
    }

    /// Whether the text has a spaced en or em dash (" – ", " — ": E2 80 93/94).
    private static func usesSpacedDashes(_ bytes: [UInt8], from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            ByteSearch.offsets(of: 0xE2, in: bytes, from: start + 1, to: bytes.count - 3).contains { index in
                bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
                    && bytes[index - 1] == 0x20 && bytes[index + 3] == 0x20
            }
        }
    }
}
