import ArgumentParser
import NewslintCommandLine
import Foundation
import NewslintCore
import NewslintFiles
import NewslintReporters
import NewslintRules

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

    @Flag(help: """
        Read the inputs as one body, a day's stories: a place or a spelling written one way in an \
        earlier input and another way in a later one is reported in the later one.
        """)
    var acrossFiles = false

    @Option(help: "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Lint files that are not valid UTF-8 anyway, invalid bytes read as '?' (never written).")
    var lossy = false

    @OptionGroup var selection: RuleSelectionOptions
    @OptionGroup var failOn: FailOnOption
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let (found, collectFailures) = inputOptions.collect()
        let linters = try makeLintersOrExit(selection, inputs: found)
        let inputs = linters.included(found)
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
        let acrossFiles = self.acrossFiles
        var storyForms = StoryForms()
        forEachInOrder(inputs) { input in
            Result { () throws(InputFailure) -> (FileReport, Int, StoryComparison?) in
                let (source, replaced) = try reader.read(input)
                do {
                    let linter = linters.linter(for: input)
                    let (document, diagnostics) = try linter.analyzeAndLint(source, format: input.format)
                    let comparison = acrossFiles
                        ? StoryComparison(document: document, linter: linter, uses: StoryForms.uses(in: document, rules: linter.rules))
                        : nil
                    return (FileReport(path: input.displayName, source: source, diagnostics: diagnostics), replaced, comparison)
                } catch {
                    throw InputFailure(path: input.displayName, reason: "\(error)")
                }
            }
        } emit: { result in
            switch result {
            case .success(let (linted, replaced, comparison)):
                var report = linted
                if replaced > 0 {
                    progress.clear()
                    Terminal.writeError("newslint: warning: \(report.path): not valid UTF-8; "
                                        + "\(replaced) invalid bytes read as '?'\n")
                }
                // Inputs come here in order, so earlier stories set the forms.
                if let comparison {
                    let found = storyForms.review(comparison.uses, of: report.path, in: comparison.document,
                                                  rules: comparison.linter.rules)
                    if !found.isEmpty {
                        let (kept, silencing) = comparison.linter.admitting(found, in: comparison.document)
                        let all = report.diagnostics.filter { $0.ruleID != Suppressions.unusedRuleID || !silencing.contains($0.range) }
                            + kept
                        report = FileReport(path: report.path, source: report.source, diagnostics: all.sorted(by: Diagnostic.inReportOrder))
                    }
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

/// What `--across-files` keeps of a linted story until it is its turn to be
/// compared with the stories before it.
struct StoryComparison: Sendable {
    let document: Document
    let linter: Linter
    let uses: [StoryForms.Use]
}
