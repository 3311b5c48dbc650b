import ArgumentParser
import NewslintCommandLine
import Foundation
import NewslintCore
import NewslintFiles
import NewslintReporters

extension ReportFormat: ExpressibleByArgument {}

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

    @Option(help: """
        Output format: text, json, ndjson (one finding a line), sarif (SARIF 2.1.0), \
        github (workflow annotations), checkstyle or junit (XML for CI dashboards).
        """)
    var format: ReportFormat = .text

    @Flag(help: "Never show progress on standard error (shown on a terminal for runs over many files).")
    var noProgress = false

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
        let reporter = RunReporter(
            format: format, useColor: Terminal.useColor(color),
            tool: .init(version: Newslint.configuration.version, rules: linters.ruleMetadata))
        // Progress only on a terminal; a single input never shows it.
        let progress = ProgressDisplay(total: inputs.count, enabled: !noProgress && isatty(STDERR_FILENO) == 1,
                                       write: Terminal.writeError)
        let reader = inputOptions.reader(lossy: lossy)
        reporter.begin(write: Terminal.write)
        // Files are linted in parallel and reported in order, as they finish.
        forEachInOrder(inputs) { input in
            Result { () throws(InputFailure) -> (FileReport, Int) in
                let (source, replaced) = try reader.read(input)
                do {
                    let diagnostics = try linters.linter(for: input).lint(source, format: input.format)
                    return (FileReport(path: input.displayName, source: source, diagnostics: diagnostics), replaced)
                } catch {
                    throw InputFailure(path: input.displayName, reason: "\(error)")
                }
            }
        } emit: { result in
            switch result {
            case .success(let (report, replaced)):
                if replaced > 0 {
                    progress.clear()
                    Terminal.writeError("newslint: warning: \(report.path): not valid UTF-8; "
                                        + "\(replaced) invalid bytes read as '?'\n")
                }
                progress.clear()
                reporter.report(report, write: Terminal.write)
                summary.add(report)
                failing = failing || report.diagnostics.contains { $0.severity >= failOn.failOn }
                progress.advance(past: report.path)
            case .failure(let failure):
                failures.append(failure)
                progress.advance(past: failure.path)
            }
        }
        progress.clear()
        reporter.end(summary, write: Terminal.write)
        // A machine-readable report carries its own counts; people watching
        // the run on a terminal still get the summary line, on stderr.
        if format.isMachineReadable && isatty(STDERR_FILENO) == 1 {
            Terminal.writeError(TextReporter(useColor: false).renderSummary(summary))
        }
        if reportInputProblems(failures) { throw ExitCode(ExitStatus.failure.rawValue) }
        if failing { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
