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
    /// findings is never one string.
    public func render(_ report: FileReport, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        var buffer = ""
        for (diagnostic, location) in zip(report.diagnostics, locations) {
            buffer += render(diagnostic, at: location, path: report.path, source: report.source)
            if buffer.utf8.count > 65_536 {
                write(buffer)
                buffer = ""
            }
        }
        if !buffer.isEmpty { write(buffer) }
    }

    public func render(_ diagnostic: Diagnostic, path: String, source: SourceText) -> String {
        render(diagnostic, at: source.location(of: diagnostic.range.start), path: path, source: source)
    }

    private func render(_ diagnostic: Diagnostic, at location: (line: Int, column: Int), path: String,
                        source: SourceText) -> String {
        let (line, column) = location
        let color = severityColor(diagnostic.severity)
        var output = paint("\(path):\(line):\(column):", .bold) + " "
            + paint("\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]", color) + ": "
            + diagnostic.message + "\n"
        let lineNumber = String(line)
        let gutter = String(repeating: " ", count: lineNumber.count)
        let (snippet, caretOffset, caretWidth) = snippet(for: diagnostic.range, line: line, source: source)
        output += " \(paint(lineNumber, .blue)) | \(snippet)\n"
        output += " \(gutter) | " + String(repeating: " ", count: caretOffset)
            + paint(String(repeating: "^", count: caretWidth), color) + "\n"
        if let fix = diagnostic.fix {
            let what = fix.edits.map { $0.describe(in: source) }.joined(separator: "; ")
            output += " \(gutter) = fix (\(fix.applicability.rawValue)): \(what)\n"
        }
        if !diagnostic.suggestions.isEmpty {
            let list = diagnostic.suggestions.map { "'\(visible($0))'" }.joined(separator: ", ")
            output += " \(gutter) = suggestions: \(list)\n"
        }
        return output
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
    private func snippet(for range: TextRange, line: Int, source: SourceText) -> (String, Int, Int) {
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
        var text: [UInt8] = []
        text.reserveCapacity(4 * (shownHead.count + shownSpan.count + shownTail.count + 2))
        for scalar in (cutBefore ? ["…"] : []) + shownHead + shownSpan + shownTail + (cutAfter ? ["…"] : []) {
            UTF8.encode(scalar) { text.append($0) }
        }
        let caretOffset = (cutBefore ? 1 : 0) + shownHead.count
        return (String(decoding: text, as: UTF8.self), caretOffset, max(1, shownSpan.count))
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
}
