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

/// A summary over every report of a run, added up as reports come.
public struct RunSummary: Equatable, Sendable {
    public private(set) var files = 0
    public private(set) var diagnostics = 0
    /// Findings with a fix that `newslint fix` applies (safe).
    public private(set) var fixable = 0
    /// Findings with a fix that needs `--unsafe-fixes`.
    public private(set) var unsafeFixable = 0

    public init() {}

    public init(_ reports: [FileReport]) {
        for report in reports { add(report) }
    }

    public mutating func add(_ report: FileReport) {
        files += 1
        diagnostics += report.diagnostics.count
        fixable += report.diagnostics.filter { $0.fix?.applicability == .safe }.count
        unsafeFixable += report.diagnostics.filter { $0.fix?.applicability == .unsafe }.count
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
    // Printable ASCII, most fixes, is shown as it is.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
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
