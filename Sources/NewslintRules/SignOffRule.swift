import NewslintCore

/// The agency's "./." sign-off: broken apart, or not as the desk's house
/// style wants it (`sign_off` in `.newslint.yml`: required or stripped).
public struct SignOffRule: Rule {
    let style: HouseStyle

    public init(style: HouseStyle = .standard) {
        self.style = style
    }

    public let metadata = RuleMetadata(
        id: "sign-off",
        category: .typography,
        summary: "The agency's \"./.\" sign-off broken apart, or missing or left against the desk's style",
        rationale: """
            Vietnam News Agency copy ends a story with "./." after its last full stop. Layout tools \
            break it apart ("business. /."): at the end of a paragraph that is reported and closed \
            up, safely. A desk sets what it wants in `.newslint.yml`: with `sign_off: required` a \
            story whose last line lacks the sign-off is reported (when the line ends with a full \
            stop the fix adds "/.", safe); with `sign_off: stripped` every "./." ending a paragraph \
            is reported and its "/." removed (safe). Without the setting only broken sign-offs are \
            reported.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: ["The talks ended on Monday.⟦ ⟧/.", "It rained.\n\nThe talks ended.⟦  ⟧/."],
            nonTriggering: ["The talks ended on Monday./.", "The talks ended on Monday.", "and/or a 1 / 2 split"],
            corrections: [.init("The talks ended. /.\n", "The talks ended./.\n")]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        let bytes = document.bytes
        let start = document.source.contentStart
        let ends = endsOfParagraphs(in: document)
        func endsWithSignOff(_ end: Int) -> Bool {
            end - start >= 3 && bytes[(end - 3)..<end].elementsEqual("./.".utf8)
        }
        var diagnostics: [Diagnostic] = []
        // A sign-off broken apart: ". /." at a paragraph's end.
        for end in ends where end - start >= 3 && bytes[end - 2] == UInt8(ascii: "/") && bytes[end - 1] == UInt8(ascii: ".") {
            var spaceStart = end - 2
            while spaceStart > start && bytes[spaceStart - 1] == 0x20 { spaceStart -= 1 }
            guard spaceStart < end - 2, spaceStart > start, bytes[spaceStart - 1] == UInt8(ascii: ".") else { continue }
            let spaces = TextRange(start: spaceStart, end: end - 2)
            diagnostics.append(metadata.diagnostic(spaces, "the './.' sign-off is broken apart",
                                                   fix: Fix(.delete(spaces), applicability: .safe)))
        }
        switch style.signOff {
        case nil:
            break
        case .stripped:
            for end in ends where endsWithSignOff(end) {
                let slash = TextRange(start: end - 2, end: end)
                diagnostics.append(metadata.diagnostic(slash, "the desk strips the './.' sign-off",
                                                       fix: Fix(.delete(slash), applicability: .safe)))
            }
        case .required:
            if let end = ends.last, !endsWithSignOff(end), diagnostics.isEmpty {
                let fix = bytes[end - 1] == UInt8(ascii: ".") ? Fix(.insert("/.", at: end), applicability: .safe) : nil
                diagnostics.append(metadata.diagnostic(TextRange(start: end - 1, end: end),
                                                       "the story does not end with the './.' sign-off the desk requires", fix: fix))
            }
        }
        return diagnostics
    }

    /// The offset after the last non-space byte of each line that has text
    /// (in wire copy a line is a paragraph).
    private func endsOfParagraphs(in document: Document) -> [Int] {
        let bytes = document.bytes
        return document.lineContentRanges.compactMap { line in
            let start = max(line.start, document.source.contentStart)
            var end = line.end
            while end > start && bytes[end - 1].isHorizontalSpace { end -= 1 }
            return end > start ? end : nil
        }
    }
}
