import NewslintCore

/// The machine-readable report (`--format json`), version 1:
///
///     {"version": 1,
///      "files": [{"path": …, "diagnostics": [{"rule", "category", "severity",
///                 "message", "offset", "length", "line", "column", "text",
///                 "fix": {"applicability", "edits": [{"offset", "length",
///                 "replacement"}]} | null, "suggestions": […]}]}],
///      "summary": {"files", "diagnostics", "fixable"}}
///
/// Offsets and lengths are UTF-8 bytes of the original input; line and
/// column are 1-based, the column counted in Unicode scalars.
///
/// It is written in pieces (`header`, one `file` each, `footer`) so a run over
/// many files never holds them all.
public enum JSONReporter {
    /// The whole report; `extra` members are added after the summary (the
    /// service adds the fixed text).
    public static func render(_ reports: [FileReport], extra: [(String, JSONValue)] = []) -> String {
        header + reports.enumerated().map { file($1, isFirst: $0 == 0) }.joined()
            + footer(RunSummary(reports), hadFiles: !reports.isEmpty, extra: extra)
    }

    public static let header = "{\n  \"version\": 1,\n  \"files\": ["

    public static func file(_ report: FileReport, isFirst: Bool) -> String {
        var output = ""
        file(report, isFirst: isFirst) { output += $0 }
        return output
    }

    /// Writes one file's object in pieces of about 64 KB, diagnostic by
    /// diagnostic, so a file with a million findings is never one string.
    public static func file(_ report: FileReport, isFirst: Bool, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        var buffer = (isFirst ? "\n    " : ",\n    ") + "{\n      \"path\": " + JSONValue.string(report.path).rendered()
            + ",\n      \"diagnostics\": "
        guard !report.diagnostics.isEmpty else {
            write(buffer + "[]\n    }")
            return
        }
        buffer += "["
        for (index, (diagnostic, location)) in zip(report.diagnostics, locations).enumerated() {
            buffer += (index == 0 ? "\n        " : ",\n        ")
                + self.diagnostic(diagnostic, at: location, in: report.source).rendered(indent: 4)
            if buffer.utf8.count > 65_536 {
                write(buffer)
                buffer = ""
            }
        }
        write(buffer + "\n      ]\n    }")
    }

    public static func footer(_ summary: RunSummary, hadFiles: Bool, extra: [(String, JSONValue)] = []) -> String {
        let counts = JSONValue.object([
            ("files", .int(summary.files)),
            ("diagnostics", .int(summary.diagnostics)),
            ("fixable", .int(summary.fixable)),
        ])
        let members = extra.map { ",\n  " + JSONValue.string($0.0).rendered() + ": " + $0.1.rendered(indent: 1) }.joined()
        return (hadFiles ? "\n  ]" : "]") + ",\n  \"summary\": " + counts.rendered(indent: 1) + members + "\n}\n"
    }

    static func diagnostic(_ diagnostic: Diagnostic, at location: (line: Int, column: Int), in source: SourceText) -> JSONValue {
        let (line, column) = location
        let fix: JSONValue = diagnostic.fix.map { fix in
            .object([
                ("applicability", .string(fix.applicability.rawValue)),
                ("edits", .array(fix.edits.map { edit in
                    .object([
                        ("offset", .int(edit.range.start)),
                        ("length", .int(edit.range.length)),
                        ("replacement", .string(edit.replacement)),
                    ])
                })),
            ])
        } ?? .null
        return .object([
            ("rule", .string(diagnostic.ruleID)),
            ("category", .string(diagnostic.category.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("offset", .int(diagnostic.range.start)),
            ("length", .int(diagnostic.range.length)),
            ("line", .int(line)),
            ("column", .int(column)),
            ("text", .string(source.text(diagnostic.range))),
            ("fix", fix),
            ("suggestions", .array(diagnostic.suggestions.map(JSONValue.string))),
        ])
    }
}
