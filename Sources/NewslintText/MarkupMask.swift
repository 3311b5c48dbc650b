import NewslintCore

/// The byte ranges of Markdown or HTML copy that are not prose: tags and
/// their attributes, comments, entities, `<script>`/`<style>`/`<pre>`/`<code>`
/// elements, Markdown code spans and fences, link targets, and the markers of
/// emphasis, headings, quotes and lists. The analyzer blanks them (spaces,
/// line breaks kept) so rules see only prose at the same offsets, and the
/// Linter drops any finding that touches them, so a fix never edits markup.
///
/// Limits: this is the subset CMS copy uses, not a full parser. Entities are
/// blanked, not decoded (write "’", not "&rsquo;", to have it checked);
/// Markdown's indented code blocks, tables and HTML blocks other than those
/// named are read as prose.
public enum MarkupMask {
    public static func ranges(of bytes: [UInt8], from start: Int, format: Document.Format) -> [TextRange] {
        switch format {
        case .plain: []
        case .html: html(bytes, from: start)
        case .markdown: markdown(bytes, from: start)
        }
    }

    /// A copy of `bytes` with the ranges blanked: every byte a space except
    /// line breaks, so offsets and lines stay where they were.
    public static func blank(_ bytes: [UInt8], _ ranges: [TextRange]) -> [UInt8] {
        var masked = bytes
        for range in ranges {
            for index in range.start..<range.end where masked[index] != 0x0A && masked[index] != 0x0D { masked[index] = 0x20 }
        }
        return masked
    }

    // MARK: HTML

    private static let rawElements = ["script", "style", "pre", "code"]

    static func html(_ bytes: [UInt8], from start: Int) -> [TextRange] {
        var ranges: [TextRange] = []
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"):
                if matches(bytes, at: index, "<!--") {
                    let end = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                    ranges.append(TextRange(start: index, end: end))
                    index = end
                    continue
                }
                guard index + 1 < bytes.count, bytes[index + 1].isHTMLNameStart || bytes[index + 1] == UInt8(ascii: "!") else { break }
                let tagEnd = (find(bytes, ">", from: index).map { $0 + 1 }) ?? bytes.count
                var end = tagEnd
                // Elements whose content is not prose are blanked whole.
                if let name = rawElements.first(where: { matchesName(bytes, at: index + 1, $0) }),
                   let close = findIgnoringCase(bytes, "</\(name)", from: tagEnd) {
                    end = (find(bytes, ">", from: close).map { $0 + 1 }) ?? bytes.count
                }
                ranges.append(TextRange(start: index, end: end))
                index = end
                continue
            case UInt8(ascii: "&"):
                if let end = entityEnd(bytes, at: index) {
                    ranges.append(TextRange(start: index, end: end))
                    index = end
                    continue
                }
            default:
                break
            }
            index += 1
        }
        return ranges
    }

    /// The end of "&name;", "&#123;" or "&#x1F;" at `index`, or nil.
    private static func entityEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        var end = index + 1
        if end < bytes.count && bytes[end] == UInt8(ascii: "#") { end += 1 }
        let bodyStart = end
        while end < bytes.count && end - bodyStart < 32 && (bytes[end].isASCIILetterOrDigit) { end += 1 }
        guard end > bodyStart, end < bytes.count, bytes[end] == UInt8(ascii: ";") else { return nil }
        return end + 1
    }

    // MARK: Markdown

    static func markdown(_ bytes: [UInt8], from start: Int) -> [TextRange] {
        var ranges: [TextRange] = []
        var lineStart = start
        var inFence = false
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = TextRange(start: lineStart, end: lineEnd)
            var first = lineStart
            while first < lineEnd && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
            if matches(bytes, at: first, "```") || matches(bytes, at: first, "~~~") {
                ranges.append(line)
                inFence.toggle()
            } else if inFence {
                ranges.append(line)
            } else if first < lineEnd, bytes[first] == UInt8(ascii: "["), isReferenceDefinition(bytes, first, lineEnd) {
                ranges.append(line)
            } else {
                ranges += markdownLine(bytes, line, contentStart: first)
            }
            lineStart = lineEnd + 1
        }
        return ranges
    }

    /// "[id]: http://…" on a line of its own.
    private static func isReferenceDefinition(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]")) else { return false }
        return close + 1 < end && bytes[close + 1] == UInt8(ascii: ":")
    }

    private static func markdownLine(_ bytes: [UInt8], _ line: TextRange, contentStart: Int) -> [TextRange] {
        var ranges: [TextRange] = []
        // Block markers: headings, quotes, list bullets and numbers.
        var index = contentStart
        while index < line.end, [UInt8(ascii: "#"), UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
        if index < line.end - 1, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]),
           bytes[index + 1] == 0x20 {
            index += 1
        }
        if index > contentStart { ranges.append(TextRange(start: contentStart, end: index)) }
        while index < line.end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                let end = (find(bytes, "`", from: index + 1, before: line.end).map { $0 + 1 }) ?? line.end
                ranges.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            if byte == UInt8(ascii: "<"), index + 1 < line.end, bytes[index + 1].isHTMLNameStart || bytes[index + 1] == UInt8(ascii: "!") {
                let end = (find(bytes, ">", from: index, before: line.end).map { $0 + 1 }) ?? line.end
                ranges.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            if byte == UInt8(ascii: "]"), index + 1 < line.end, bytes[index + 1] == UInt8(ascii: "(") {
                let end = (find(bytes, ")", from: index, before: line.end).map { $0 + 1 }) ?? line.end
                ranges.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "*") || (byte == UInt8(ascii: "!") && index + 1 < line.end && bytes[index + 1] == UInt8(ascii: "["))
                || (byte == UInt8(ascii: "_") && isEmphasisUnderscore(bytes, index, line)) {
                ranges.append(TextRange(start: index, length: 1))
            } else if byte == UInt8(ascii: "&"), let end = entityEnd(bytes, at: index) {
                ranges.append(TextRange(start: index, end: end))
                index = end
                continue
            }
            index += 1
        }
        return ranges
    }

    /// An underscore that opens or closes emphasis, not one inside a word (snake_case).
    private static func isEmphasisUnderscore(_ bytes: [UInt8], _ index: Int, _ line: TextRange) -> Bool {
        let before = index > line.start ? bytes[index - 1] : 0x20
        let after = index + 1 < line.end ? bytes[index + 1] : 0x20
        return !(before.isASCIILetterOrDigit && after.isASCIILetterOrDigit)
    }

    // MARK: Byte search

    private static func matches(_ bytes: [UInt8], at index: Int, _ text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    private static func matchesName(_ bytes: [UInt8], at index: Int, _ name: String) -> Bool {
        let pattern = Array(name.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[index + offset] | 0x20 != byte { return false }
        let next = index + pattern.count < bytes.count ? bytes[index + pattern.count] : UInt8(ascii: ">")
        return !next.isASCIILetterOrDigit
    }

    private static func find(_ bytes: [UInt8], _ text: String, from start: Int, before limit: Int? = nil) -> Int? {
        let pattern = Array(text.utf8)
        let end = (limit ?? bytes.count) - pattern.count
        guard start <= end else { return nil }
        for index in start...end where bytes[index] == pattern[0] && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }

    private static func findIgnoringCase(_ bytes: [UInt8], _ text: String, from start: Int) -> Int? {
        let pattern = Array(text.lowercased().utf8)
        guard start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) {
            var matched = true
            for (offset, byte) in pattern.enumerated() where bytes[index + offset] | (bytes[index + offset] >= 0x41 && bytes[index + offset] <= 0x5A ? 0x20 : 0) != byte {
                matched = false
                break
            }
            if matched { return index }
        }
        return nil
    }
}

private extension UInt8 {
    var isHTMLNameStart: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || self == UInt8(ascii: "/") }
    var isASCIILetterOrDigit: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) || (0x30...0x39).contains(self) }
}
