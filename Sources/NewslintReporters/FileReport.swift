import NewslintCore

/// The findings for one input, as the reporters print them.
public struct FileReport: Sendable {
    /// The path as the user gave it ("-" input is shown as "<stdin>").
    public let path: String
    public let source: SourceText
    public let diagnostics: [Diagnostic]

    public init(path: String, source: SourceText, diagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.diagnostics = diagnostics
    }
}

/// A summary over every report of a run.
public struct RunSummary: Equatable, Sendable {
    public let files: Int
    public let diagnostics: Int
    /// Findings with a fix that `newslint fix` applies (safe).
    public let fixable: Int
    /// Findings with a fix that needs `--unsafe-fixes`.
    public let unsafeFixable: Int

    public init(_ reports: [FileReport]) {
        files = reports.count
        let all = reports.flatMap(\.diagnostics)
        diagnostics = all.count
        fixable = all.filter { $0.fix?.applicability == .safe }.count
        unsafeFixable = all.filter { $0.fix?.applicability == .unsafe }.count
    }
}

extension Edit {
    /// "insert ' '", "delete '\u{200B}'", "replace 'a' with 'b'", for humans.
    func describe(in source: SourceText) -> String {
        let old = visible(source.text(range))
        if range.isEmpty { return "insert '\(visible(replacement))'" }
        if replacement.isEmpty { return "delete '\(old)'" }
        return "replace '\(old)' with '\(visible(replacement))'"
    }
}

/// Text with invisible and white-space characters other than a plain space
/// spelled out, so a message can show what a fix does.
func visible(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        let properties = scalar.properties
        let invisible = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || properties.generalCategory == .format
            || (properties.isWhitespace && scalar != " ")
            || properties.generalCategory == .nonspacingMark && result.isEmpty
        if invisible {
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}
