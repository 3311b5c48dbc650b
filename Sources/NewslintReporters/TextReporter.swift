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
        report.diagnostics.map { render($0, path: report.path, source: report.source) }.joined()
    }

    public func render(_ diagnostic: Diagnostic, path: String, source: SourceText) -> String {
        let (line, column) = source.location(of: diagnostic.range.start)
        let color = severityColor(diagnostic.severity)
        var output = paint("\(path):\(line):\(column):", .bold) + " "
            + paint("\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]", color) + ": "
            + diagnostic.message + "\n"
        let lineNumber = String(line)
        let gutter = String(repeating: " ", count: lineNumber.count)
        let (snippet, caretOffset, caretWidth) = snippet(for: diagnostic.range, line: line, column: column, source: source)
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

    /// The line holding the range, cut to `contextWidth` characters around
    /// it, with the caret's column and width in the returned text.
    private func snippet(for range: TextRange, line: Int, column: Int, source: SourceText) -> (String, Int, Int) {
        let lineRange = source.lineIndex.contentRange(ofLine: line - 1, in: source.bytes)
        let scalars = Array(source.text(lineRange).unicodeScalars).map { visibleScalar($0) }
        let start = column - 1
        let spanEnd = min(range.end, lineRange.end)
        let width = max(1, spanEnd > range.start ? source.text(TextRange(start: range.start, end: spanEnd)).unicodeScalars.count : 1)
        var from = 0
        var to = scalars.count
        if scalars.count > contextWidth {
            from = max(0, min(start - contextWidth / 3, scalars.count - contextWidth))
            to = min(scalars.count, from + contextWidth)
        }
        let prefix = from > 0 ? "…" : ""
        let suffix = to < scalars.count ? "…" : ""
        let text = prefix + scalars[from..<to].joined() + suffix
        let caretOffset = prefix.count + scalars[from..<min(start, to)].reduce(0) { $0 + $1.count }
        let caretWidth = min(width, max(1, to - start))
        return (text, caretOffset, caretWidth)
    }

    /// A scalar as shown in a snippet: tabs and invisible characters as one
    /// visible placeholder each, so the caret stays under the right place.
    private func visibleScalar(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\t" { return " " }
        let properties = scalar.properties
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || properties.generalCategory == .format
            || (properties.isWhitespace && scalar != " ") {
            return "·"
        }
        return String(scalar)
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
