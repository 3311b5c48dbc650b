import NewslintCore

/// One JSON object a line, one a finding (`--format ndjson`): the objects of
/// the JSON report with the file's path added, for tools that stream.
public enum NDJSONReporter {
    public static func file(_ report: FileReport, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        for (diagnostic, location) in zip(report.diagnostics, locations) {
            guard case .object(let fields) = JSONReporter.diagnostic(diagnostic, at: location, in: report.source) else { continue }
            write(JSONValue.object([("path", .string(report.path))] + fields).compact() + "\n")
        }
    }
}

/// GitHub Actions workflow commands (`--format github`): each finding becomes
/// an annotation on its file and line in the pull request.
public enum GitHubReporter {
    public static func file(_ report: FileReport, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        for (diagnostic, location) in zip(report.diagnostics, locations) {
            let level = switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            let end = report.source.location(of: diagnostic.range.end)
            let properties = "file=\(escapeProperty(report.path)),line=\(location.line),col=\(location.column),"
                + "endLine=\(end.line),endColumn=\(end.column),title=\(escapeProperty("newslint \(diagnostic.ruleID)"))"
            write("::\(level) \(properties)::\(escapeData(diagnostic.message))\n")
        }
    }

    /// GitHub's escaping for a command's message.
    static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// …and for a property value, which also may not hold ":" or ",".
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
