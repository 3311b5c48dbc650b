import ArgumentParser
import NewslintCore
import NewslintFiles
import NewslintReporters

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
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

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Lint files that are not valid UTF-8 anyway, invalid bytes read as '?' (never written).")
    var lossy = false

    @OptionGroup var selection: RuleSelectionOptions
    @OptionGroup var failOn: FailOnOption
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let linter = try makeLinterOrExit(selection)
        let (inputs, collectFailures) = InputCollector.collect(inputOptions.paths)
        var failures = collectFailures
        var reports: [FileReport] = []
        let reporter = TextReporter(useColor: Terminal.useColor(color))
        let reader = inputOptions.reader(lossy: lossy)
        for input in inputs {
            do {
                let (source, replaced) = try reader.read(input)
                if replaced > 0 {
                    Terminal.writeError("newslint: warning: \(input.displayName): not valid UTF-8; "
                                        + "\(replaced) invalid bytes read as '?'\n")
                }
                let diagnostics = try linter.lint(source, format: Document.Format(path: input.path))
                let report = FileReport(path: input.displayName, source: source, diagnostics: diagnostics)
                reports.append(report)
                if format == .text { Terminal.write(reporter.render(report)) }
            } catch let failure as InputFailure {
                failures.append(failure)
            } catch {
                failures.append(InputFailure(path: input.displayName, reason: "\(error)"))
            }
        }
        switch format {
        case .text: Terminal.write(reporter.renderSummary(RunSummary(reports)))
        case .json: Terminal.write(JSONReporter.render(reports))
        }
        if reportInputProblems(failures) { throw ExitCode(ExitStatus.failure.rawValue) }
        let failing = reports.contains { $0.diagnostics.contains { $0.severity >= failOn.failOn } }
        if failing { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
