import NewslintCore

/// Zero-width, control and bidirectional-control characters in copy.
public struct InvisibleCharacterRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: "invisible-character",
        category: .unicode,
        summary: "Invisible characters: zero-width spaces, soft hyphens, control and bidi controls",
        rationale: """
            Characters nobody can see break search, word counts and spell checking, and they ride along \
            from CMS and PDF copy. Removing a zero-width space, word joiner, stray byte-order mark, soft \
            hyphen or C0 control leaves the text looking the same, so that fix is safe. Bidirectional \
            embedding and isolate controls may be meant in Arabic or Hebrew text, and a form feed may \
            be a page break: their removal is unsafe. A C1 control (U+0080–U+009F) is almost always a \
            Windows-1252 byte decoded as Latin-1; the message names the character it probably was and \
            nothing is fixed. The joiners ZWJ and ZWNJ and the LRM/RLM marks are legitimate (emoji, Indic \
            and Persian script, bidi text) and are never reported.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "Viet⟦\u{200B}⟧nam",
                "inter⟦\u{00AD}⟧national",
                "end⟦\u{0007}⟧ of line",
                "text⟦\u{FEFF}\u{2060}⟧here",
                "Lavrov⟦\u{0092}⟧s view",
                "safe⟦\u{202E}⟧txt",
            ],
            nonTriggering: [
                "family: 👨\u{200D}👩\u{200D}👧",
                "می\u{200C}خواهم",
                "tab\tseparated\r\nlines",
            ],
            corrections: [
                .init("Viet\u{200B}nam inter\u{00AD}national", "Vietnam international"),
                .init("a\u{202E}b\u{000C}c", "abc", applying: .unsafe),
            ]
        )
    )

    private enum Kind {
        case removable, unsafeToRemove, c1Control
    }

    private func kind(of scalar: Unicode.Scalar) -> Kind? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x0C: return .unsafeToRemove  // form feed: maybe a page break
        case 0x00...0x1F, 0x7F: return .removable
        case 0x80...0x9F: return .c1Control
        case 0x00AD, 0x180E, 0x200B, 0x2060...0x2064, 0xFEFF: return .removable
        case 0x202A...0x202E, 0x2066...0x2069: return .unsafeToRemove
        default: return nil
        }
    }

    public func check(_ document: Document) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let bytes = document.bytes
        var offset = document.source.contentStart
        var run: (range: TextRange, scalars: [Unicode.Scalar], kinds: [Kind])?
        func flush() {
            guard let current = run else { return }
            diagnostics.append(diagnostic(for: current.range, scalars: current.scalars, kinds: current.kinds))
            run = nil
        }
        while offset < bytes.count {
            let byte = bytes[offset]
            // Only ASCII controls and a few lead bytes can start a reported character.
            guard byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xEF,
                  let scalar = document.scalar(at: offset), let kind = kind(of: scalar)
            else {
                flush()
                if byte >= 0x20 && byte < 0x7F {  // printable ASCII: on to the next byte that is not
                    offset = bytes.withUnsafeBufferPointer { ASCIIScan.firstControlOrNonASCII($0, from: offset, to: $0.count) }
                        ?? bytes.count
                } else {
                    offset += byte < 0x80 ? 1 : max(1, utf8Length(lead: byte))
                }
                continue
            }
            let length = String(scalar).utf8.count
            let range = TextRange(start: offset, length: length)
            if let current = run, current.range.end == offset {
                run = (TextRange(start: current.range.start, end: range.end), current.scalars + [scalar], current.kinds + [kind])
            } else {
                flush()
                run = (range, [scalar], [kind])
            }
            offset += length
        }
        flush()
        return diagnostics
    }

    private func diagnostic(for range: TextRange, scalars: [Unicode.Scalar], kinds: [Kind]) -> Diagnostic {
        let names = scalars.map(describe).joined(separator: ", ")
        if kinds.contains(.c1Control) {
            let guesses = scalars.compactMap { Self.windows1252[$0.value] }.map(String.init)
            let hint = guesses.isEmpty ? "" : " (in Windows-1252 this is \(guesses.map { "'\($0)'" }.joined(separator: ", ")): the text was probably decoded with the wrong encoding)"
            return metadata.diagnostic(range, "invisible control character \(names)\(hint)",
                                       fix: nil, suggestions: guesses.count == scalars.count ? [guesses.joined()] : [])
        }
        let applicability: Applicability = kinds.contains(.unsafeToRemove) ? .unsafe : .safe
        return metadata.diagnostic(range, "invisible character \(names)",
                                   fix: Fix(.delete(range), applicability: applicability))
    }

    private func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = scalar.properties.name ?? scalar.properties.nameAlias ?? "control"
        return "\(code) \(name.lowercased())"
    }

    private func utf8Length(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// The Windows-1252 characters that C1 code points stand for when
    /// cp1252 bytes were decoded as Latin-1.
    private static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ",
        0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“",
        0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›",
        0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]
}
