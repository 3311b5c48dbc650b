import ArgumentParser
import NewslintCore
import NewslintFiles
import NewslintReporters

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json, ndjson, github
}

extension ColorChoice: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report problems in news copy.",
        discussion: """
            Exit status: 0 when nothing is at or above --fail-on, 1 when something is, \
            2 on a usage error or an input that cannot be read or is not valid UTF-8.
            """
    )

    @Option(help: "Output format: text, json, ndjson (one finding a line) or github (workflow annotations).")
    var format: OutputFormat = .text

    @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Lint files that are not valid UTF-8 anyway, invalid bytes read as '?' (never written).")
    var lossy = false

    @OptionGroup var selection: RuleSelectionOptions
    @OptionGroup var failOn: FailOnOption
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let (inputs, collectFailures) = inputOptions.collect()
        let linters = try makeLintersOrExit(selection, inputs: inputs)
        var failures = collectFailures
        var summary = RunSummary()
        var failing = false
        let reporter = TextReporter(useColor: Terminal.useColor(color))
        let reader = inputOptions.reader(lossy: lossy)
        if format == .json { Terminal.write(JSONReporter.header) }
        // Files are linted in parallel and reported in order, as they finish.
        forEachInOrder(inputs) { input in
            Result { () throws(InputFailure) -> (FileReport, Int) in
                let (source, replaced) = try reader.read(input)
                do {
                    let diagnostics = try linters.linter(for: input).lint(source, format: Document.Format(path: input.formatPath))
                    return (FileReport(path: input.displayName, source: source, diagnostics: diagnostics), replaced)
                } catch {
                    throw InputFailure(path: input.displayName, reason: "\(error)")
                }
            }
        } emit: { result in
            switch result {
            case .success(let (report, replaced)):
                if replaced > 0 {
                    Terminal.writeError("newslint: warning: \(report.path): not valid UTF-8; "
                                        + "\(replaced) invalid bytes read as '?'\n")
                }
                switch format {
                case .text: reporter.render(report, write: Terminal.write)
                case .json: JSONReporter.file(report, isFirst: summary.files == 0, write: Terminal.write)
                case .ndjson: NDJSONReporter.file(report, write: Terminal.write)
                case .github: GitHubReporter.file(report, write: Terminal.write)
                }
                summary.add(report)
                failing = failing || report.diagnostics.contains { $0.severity >= failOn.failOn }
            case .failure(let failure):
                failures.append(failure)
            }
        }
        switch format {
        case .text: Terminal.write(reporter.renderSummary(summary))
        case .json: Terminal.write(JSONReporter.footer(summary, hadFiles: summary.files > 0))
        case .ndjson, .github: break  // line formats have no summary: every line is one finding
        }
        if reportInputProblems(failures) { throw ExitCode(ExitStatus.failure.rawValue) }
        if failing { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
