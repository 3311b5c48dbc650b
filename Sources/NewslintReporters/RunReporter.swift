import NewslintCore

/// The report formats `check` can write.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, ndjson, sarif, github, checkstyle, junit

    /// Whether the output is for programs rather than people: progress and
    /// the summary line then go to standard error, never into the report.
    public var isMachineReadable: Bool { self != .text }
}

/// Writes one run's report in any format, in pieces: the opening, one input
/// at a time as inputs finish, the closing with the run's summary.
public final class RunReporter {
    public let format: ReportFormat
    private let text: TextReporter
    private let sarif: SARIFReporter
    private var files = 0

    public init(format: ReportFormat, useColor: Bool, tool: SARIFReporter.ToolInfo) {
        self.format = format
        self.text = TextReporter(useColor: useColor)
        self.sarif = SARIFReporter(tool: tool)
    }

    public func begin(write: (String) -> Void) {
        switch format {
        case .json: write(JSONReporter.header)
        case .sarif: sarif.begin(write: write)
        case .checkstyle: write(CheckstyleReporter.header)
        case .junit: write(JUnitReporter.header)
        case .text, .ndjson, .github: break
        }
    }

    public func report(_ report: FileReport, write: (String) -> Void) {
        switch format {
        case .text: text.render(report, write: write)
        case .json: JSONReporter.file(report, isFirst: files == 0, write: write)
        case .ndjson: NDJSONReporter.file(report, write: write)
        case .sarif: sarif.report(report, write: write)
        case .github: GitHubReporter.file(report, write: write)
        case .checkstyle: CheckstyleReporter.file(report, write: write)
        case .junit: JUnitReporter.file(report, write: write)
        }
        files += 1
    }

    public func end(_ summary: RunSummary, write: (String) -> Void) {
        switch format {
        case .text: write(text.renderSummary(summary))
        case .json: write(JSONReporter.footer(summary, hadFiles: files > 0))
        case .sarif: sarif.end(write: write)
        case .checkstyle: write(CheckstyleReporter.footer)
        case .junit: write(JUnitReporter.footer)
        case .ndjson, .github: break  // line formats have no summary: every line is one finding
        }
    }

    /// The whole report of these inputs as one string.
    public static func render(_ reports: [FileReport], format: ReportFormat, tool: SARIFReporter.ToolInfo) -> String {
        var output = ""
        let reporter = RunReporter(format: format, useColor: false, tool: tool)
        reporter.begin { output += $0 }
        for report in reports { reporter.report(report) { output += $0 } }
        reporter.end(RunSummary(reports)) { output += $0 }
        return output
    }
}
