import NewslintCore

/// A space between a word and the , . ; : ! ? that closes it.
public struct SpaceBeforePunctuationRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "space-before-punctuation",
        category: .spacing,
        summary: "Space before a comma, full stop, colon, semicolon, question or exclamation mark",
        rationale: """
            English punctuation sits against the word before it. Only spaces and tabs count: a \
            non-breaking space before : ; ! ? is French typography and is left alone. A full stop that \
            starts something (".5", ".NET", an ellipsis " ...", the sign-off " ./.") is not a closing \
            mark, and neither is a colon or semicolon in an emoticon. The fix, removing the space, is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "Ukraine⟦ ⟧, Poland and Hungary",
                "he said⟦ ⟧.",
                "What next⟦  ⟧? Nobody knows⟦ ⟧!",
                "Two points⟦ ⟧: first⟦ ⟧; second.",
                "“We agreed”⟦ ⟧, he said.",
            ],
            nonTriggering: [
                "Ukraine, Poland and Hungary.",
                "a rate of .5 per cent",
                "built on .NET and .vn domains",
                "He paused ... then went on.",
                "business ./.",
                "Nice :) and ;-)",
                "Quelle idée\u{00A0}!",
                "\n, a line that starts with a comma",
            ],
            corrections: [
                .init("Ukraine , Poland and Hungary .", "Ukraine, Poland and Hungary."),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        var diagnostics: [Diagnostic] = []
        let marks = bytes.withUnsafeBufferPointer { bytes in
            Self.markBytes.withUnsafeBufferPointer { isMark in
                (min(document.source.contentStart + 1, bytes.count)..<bytes.count).filter {
                    isMark[Int(bytes[$0])] && bytes[$0 - 1].isHorizontalSpace
                }
            }
        }
        var lines = document.lineContentRanges.makeIterator()
        var line = lines.next()
        // Each run of spaces before a mark, found from the mark: marks are
        // rarer than spaces.
        for index in marks {
            while let current = line, current.end <= index { line = lines.next() }
            guard let line, line.start <= index else { continue }
            var start = index
            while start > line.start && bytes[start - 1].isHorizontalSpace { start -= 1 }
            let run = TextRange(start: start, end: index)
            guard start > line.start,
                  isClosingMark(at: index, lineEnd: line.end, bytes: bytes),
                  closesText(document.scalar(before: start))
            else { continue }
            let mark = Character(Unicode.Scalar(bytes[index]))
            diagnostics.append(metadata.diagnostic(
                run, "space before '\(mark)'",
                fix: Fix(.delete(run), applicability: .safe)))
        }
        return diagnostics
    }

    /// Whether the byte at `index` is , . ; : ! ? used as a closing mark.
    private func isClosingMark(at index: Int, lineEnd: Int, bytes: [UInt8]) -> Bool {
        let next: UInt8? = index + 1 < lineEnd ? bytes[index + 1] : nil
        let nextEndsIt = next.map { $0.isHorizontalSpace || Self.closers.contains($0) } ?? true
        switch bytes[index] {
        case UInt8(ascii: "."):
            return nextEndsIt  // not ".5", ".NET", "...", "./."
        case UInt8(ascii: ","):
            return nextEndsIt || next.map(\.isASCIILetter) == true
        case UInt8(ascii: ":"), UInt8(ascii: ";"):
            return nextEndsIt && next != UInt8(ascii: ")")  // not ":)" nor ";-)"
        case UInt8(ascii: "!"), UInt8(ascii: "?"):
            return nextEndsIt || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
        default:
            return false
        }
    }

    /// The bytes `isClosingMark` may accept.
    private static let markBytes: [Bool] = (0..<256).map { Array(".,:;!?".utf8).contains(UInt8($0)) }

    private static let closers: Set<UInt8> = Set("\"')]}".utf8)

    /// Whether the text before the space ends a word or a quotation.
    private func closesText(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isLetterOrDigit { return true }
        return ["”", "’", "»", ")", "]", "\"", "'", "%"].contains(Character(scalar))
    }
}
