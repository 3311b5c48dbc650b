import NewslintCore

/// Human output in the style of a compiler:
///
///     story.txt:7:96: warning[missing-space-after-punctuation]: missing space after ','
///        7 | …willing to join the international community in contribution to this process,the official stressed.
///          |                                                                             ^
///          = fix (safe): insert ' '
public struct TextReporter: Sendable {
    public let useColor: Bool
    /// How many characters of a long line to show around a finding.
    public let contextWidth: Int

    public init(useColor: Bool, contextWidth: Int = 100) {
        self.useColor = useColor
        self.contextWidth = contextWidth
    }

    public func render(_ report: FileReport) -> String {
        var output = ""
        render(report) { output += $0 }
        return output
    }

    /// Writes a report in pieces of about 64 KB, so a file with a million
    /// findings is never one string. Each piece is built as bytes: joining
    /// strings cost more than finding the problems for many small rules.
    public func render(_ report: FileReport, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        var buffer: [UInt8] = []
        buffer.reserveCapacity(70_000)
        for (diagnostic, location) in zip(report.diagnostics, locations) {
            render(diagnostic, at: location, path: report.path, source: report.source, into: &buffer)
            if buffer.count > 65_536 {
                write(String(decoding: buffer, as: UTF8.self))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { write(String(decoding: buffer, as: UTF8.self)) }
    }

    public func render(_ diagnostic: Diagnostic, path: String, source: SourceText) -> String {
        var buffer: [UInt8] = []
        render(diagnostic, at: source.location(of: diagnostic.range.start), path: path, source: source, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    private func render(_ diagnostic: Diagnostic, at location: (line: Int, column: Int), path: String,
                        source: SourceText, into output: inout [UInt8]) {
        let (line, column) = location
        let color = severityColor(diagnostic.severity)
        paint(.bold, into: &output) {
            $0 += path.utf8
            $0.append(UInt8(ascii: ":"))
            append(line, to: &$0)
            $0.append(UInt8(ascii: ":"))
            append(column, to: &$0)
            $0.append(UInt8(ascii: ":"))
        }
        output.append(UInt8(ascii: " "))
        paint(color, into: &output) {
            $0 += diagnostic.severity.rawValue.utf8
            $0.append(UInt8(ascii: "["))
            $0 += diagnostic.ruleID.utf8
            $0.append(UInt8(ascii: "]"))
        }
        output += ": ".utf8
        output += diagnostic.message.utf8
        output.append(0x0A)
        output.append(UInt8(ascii: " "))
        paint(.blue, into: &output) { append(line, to: &$0) }
        let gutterWidth = String(line).utf8.count
        output += " | ".utf8
        let (caretOffset, caretWidth) = snippet(for: diagnostic.range, line: line, source: source, into: &output)
        output.append(0x0A)
        func gutter(_ mark: UInt8) {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: gutterWidth + 2))
            output.append(mark)
            output.append(UInt8(ascii: " "))
        }
        gutter(UInt8(ascii: "|"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: caretOffset))
        paint(color, into: &output) { $0.append(contentsOf: repeatElement(UInt8(ascii: "^"), count: caretWidth)) }
        output.append(0x0A)
        if let fix = diagnostic.fix {
            gutter(UInt8(ascii: "="))
            output += "fix (\(fix.applicability.rawValue)): ".utf8
            for (index, edit) in fix.edits.enumerated() {
                if index > 0 { output += "; ".utf8 }
                output += edit.describe(in: source).utf8
            }
            output.append(0x0A)
        }
        if !diagnostic.suggestions.isEmpty {
            gutter(UInt8(ascii: "="))
            output += "suggestions: ".utf8
            for (index, suggestion) in diagnostic.suggestions.enumerated() {
                if index > 0 { output += ", ".utf8 }
                output.append(UInt8(ascii: "'"))
                output += visible(suggestion).utf8
                output.append(UInt8(ascii: "'"))
            }
            output.append(0x0A)
        }
    }

    /// The decimal digits of a non-negative number.
    private func append(_ number: Int, to output: inout [UInt8]) {
        if number >= 10 { append(number / 10, to: &output) }
        output.append(UInt8(ascii: "0") + UInt8(number % 10))
    }

    /// A summary line for the end of a run.
    public func renderSummary(_ summary: RunSummary) -> String {
        let files = summary.files == 1 ? "1 file" : "\(summary.files) files"
        guard summary.diagnostics > 0 else { return paint("No problems found in \(files).", .bold) + "\n" }
        let problems = summary.diagnostics == 1 ? "1 problem" : "\(summary.diagnostics) problems"
        var fixable: [String] = []
        if summary.fixable > 0 { fixable.append("\(summary.fixable) fixable with `newslint fix`") }
        if summary.unsafeFixable > 0 { fixable.append("\(summary.unsafeFixable) more with `--unsafe-fixes`") }
        let detail = fixable.isEmpty ? "" : " (\(fixable.joined(separator: ", ")))"
        return paint("Found \(problems) in \(files)\(detail).", .bold) + "\n"
    }

    /// The line holding the range, cut to about `contextWidth` characters
    /// around it, with the caret's column and width in the returned text.
    /// Only a window of bytes near the range is decoded, so a line of
    /// megabytes costs no more than a short one.
    private func snippet(for range: TextRange, line: Int, source: SourceText, into text: inout [UInt8]) -> (Int, Int) {
        let bytes = source.bytes
        let lineRange = source.lineIndex.contentRange(ofLine: line - 1, in: bytes)
        let spanEnd = max(range.start, min(range.end, lineRange.end))
        let before = contextWidth / 3
        var from = max(lineRange.start, range.start - before * 4)  // a scalar is at most 4 bytes
        while from < range.start && bytes[from] & 0xC0 == 0x80 { from += 1 }
        var to = min(lineRange.end, spanEnd + contextWidth * 4)
        while to > spanEnd && to < lineRange.end && bytes[to] & 0xC0 == 0x80 { to -= 1 }
        // Decoded here rather than through String, which cost a hundred
        // times more: a report of thousands of findings is all snippets.
        func shown(_ start: Int, _ end: Int) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(end - start)
            var index = start
            while index < end {
                if bytes[index] < 0x80 {
                    scalars.append(visibleScalar(Unicode.Scalar(bytes[index])))
                    index += 1
                    continue
                }
                guard let scalar = UTF8Scalar.decode(bytes[index..<end], at: index) else {
                    scalars.append("\u{FFFD}")
                    index += 1
                    continue
                }
                scalars.append(visibleScalar(scalar))
                index += UTF8.width(scalar)
            }
            return scalars
        }
        let head = shown(from, range.start), span = shown(range.start, spanEnd), tail = shown(spanEnd, to)
        let shownHead = head.suffix(before)
        let shownSpan = span.prefix(contextWidth)
        let shownTail = tail.prefix(max(0, contextWidth - shownHead.count - shownSpan.count))
        let cutBefore = shownHead.count < head.count || from > lineRange.start
        let cutAfter = shownSpan.count < span.count || shownTail.count < tail.count || to < lineRange.end
        if cutBefore { text += "…".utf8 }
        for scalar in shownHead { UTF8.encode(scalar) { text.append($0) } }
        for scalar in shownSpan { UTF8.encode(scalar) { text.append($0) } }
        for scalar in shownTail { UTF8.encode(scalar) { text.append($0) } }
        if cutAfter { text += "…".utf8 }
        let caretOffset = (cutBefore ? 1 : 0) + shownHead.count
        return (caretOffset, max(1, shownSpan.count))
    }

    /// A scalar as shown in a snippet: tabs and invisible characters as one
    /// visible placeholder each, so the caret stays under the right place.
    private func visibleScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\t" { return " " }
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F ? "·" : scalar }
        let properties = scalar.properties
        if (0x80...0x9F).contains(scalar.value) || properties.generalCategory == .format
            || (properties.isWhitespace && scalar != " ") {
            return "·"
        }
        return scalar
    }

    private enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", blue = "1;34", cyan = "1;36"
    }

    private func severityColor(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// What `write` appends, in `style` when colour is on.
    private func paint(_ style: Style, into output: inout [UInt8], _ write: (inout [UInt8]) -> Void) {
        guard useColor else { return write(&output) }
        output += "\u{1B}[\(style.rawValue)m".utf8
        write(&output)
        output += "\u{1B}[0m".utf8
    }
}
