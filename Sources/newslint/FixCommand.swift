import ArgumentParser
import NewslintCommandLine
import NewslintCore
import NewslintFiles
import NewslintReporters

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply safe fixes and print the result, a diff, or write files in place.",
        discussion: """
            Only safe fixes are applied unless --unsafe-fixes is given; display-only fixes never are. \
            Fixes are applied, the text linted again, and so on until nothing is left to apply. \
            With --in-place a file is replaced atomically and only when its text changed; on any \
            error it is left exactly as it was. Findings that remain are reported on standard error. \
            Exit status: 0 when nothing at or above --fail-on remains (with --diff: and nothing would \
            change), 1 otherwise, 2 on a usage error or an input that cannot be read or written.
            """
    )

    @Flag(help: "Write the fixed text back to each file.")
    var inPlace = false

    @Flag(help: "Print a unified diff of the fixes instead of the fixed text.")
    var diff = false

    @Flag(help: "Also apply unsafe fixes.")
    var unsafeFixes = false

    @OptionGroup var selection: RuleSelectionOptions
    @OptionGroup var failOn: FailOnOption
    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        if inPlace && diff { throw ValidationError("--in-place and --diff do not go together") }
        if inPlace && inputOptions.paths.contains("-") { throw ValidationError("standard input cannot be fixed in place") }
    }

    func run() throws {
        let (found, collectFailures) = inputOptions.collect()
        let linters = try makeLintersOrExit(selection, inputs: found)
        let inputs = linters.included(found)
        var failures = collectFailures
        if !inPlace && !diff && inputs.count > 1 {
            throw ValidationError("printing fixed text takes one input; use --in-place or --diff for several")
        }
        let reporter = TextReporter(useColor: Terminal.useColor(.auto, fileDescriptor: 2))
        var remainingFailing = false
        var wouldChange = false
        let reader = inputOptions.reader()
        let minimum: Applicability = unsafeFixes ? .unsafe : .safe
        let inPlace = inPlace
        // Files are fixed (and written, with --in-place) in parallel and
        // reported in order.
        forEachInOrder(inputs) { input in
            Result { () throws(InputFailure) -> (SourceText, Fixer.Outcome) in
                let (source, _) = try reader.read(input)
                let outcome: Fixer.Outcome
                do {
                    outcome = try Fixer(linter: linters.linter(for: input)).fix(source, format: input.format, minimum: minimum)
                } catch {
                    throw InputFailure(path: input.displayName, reason: "\(error)")
                }
                if inPlace && outcome.source.bytes != source.bytes {
                    try FileIO.replaceAtomically(path: input.path, with: outcome.source.bytes, expected: source.bytes)
                }
                return (source, outcome)
            }.map { (input, $0) }
        } emit: { item in
            let input: Input
            let source: SourceText, outcome: Fixer.Outcome
            switch item {
            case .success(let (done, (original, fixed))):
                (input, source, outcome) = (done, original, fixed)
            case .failure(let failure):
                failures.append(failure)
                return
            }
            let changed = outcome.source.bytes != source.bytes
            wouldChange = wouldChange || changed
            if diff {
                Terminal.write(UnifiedDiff.render(old: source.bytes, new: outcome.source.bytes, path: input.displayName))
            } else if !inPlace {
                Terminal.write(bytes: outcome.source.bytes)
            }
            let report = FileReport(path: input.displayName, source: outcome.source, diagnostics: outcome.remaining)
            reporter.render(report, write: Terminal.writeError)
            if outcome.fixedCount > 0 {
                let noun = outcome.fixedCount == 1 ? "problem" : "problems"
                Terminal.writeError("\(input.displayName): fixed \(outcome.fixedCount) \(noun)\n")
            }
            remainingFailing = remainingFailing || outcome.remaining.contains { $0.severity >= failOn.failOn }
        }
        if reportInputProblems(failures) { throw ExitCode(ExitStatus.failure.rawValue) }
        if remainingFailing || (diff && wouldChange) { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}
