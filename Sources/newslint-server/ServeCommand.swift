import ArgumentParser
import Foundation
import NewslintCommandLine
import NewslintCore
import NewslintFiles
import NewslintRules
import NewslintService
import NewslintText

/// `newslint serve` (which runs this program): the pre-publish HTTP service
/// (see NewslintServer). A program of its own so the server framework's
/// code never weighs on the start-up of `newslint check` in a git hook.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newslint serve",
        abstract: "Serve check and fix as an HTTP JSON API for editorial tools (POST /v1/check, /v1/fix).",
        discussion: """
            The rules, vocabularies and house style are this command's (and the .newslint.yml \
            above the working directory, or --config); a request's "config" may narrow the rules \
            and set the language and tone style. The API is described in Sources/NewslintService/openapi.yaml.
            """,
        version: newslintVersion
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8088

    @Option(help: ArgumentHelp("Largest request body accepted (413 beyond).", valueName: "KiB"))
    var maxBodyKib = 1024

    @Option(help: "Lint jobs at once (default: one a core).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Requests waiting for a job before 503.")
    var queue = 256

    @Option(help: ArgumentHelp("Seconds a request may wait for a job, and a connection may stay idle.", valueName: "seconds"))
    var timeout = 10

    @Option(help: "Answers kept for requests repeated byte for byte (a CMS re-checking a saved story); 0 keeps none.")
    var cacheEntries = 512

    @OptionGroup var selection: RuleSelectionOptions

    func validate() throws {
        if maxBodyKib < 1 { throw ValidationError("--max-body-kib must be at least 1") }
        if cacheEntries < 0 { throw ValidationError("--cache-entries must be 0 or more") }
        if jobs < 1 || queue < 0 || timeout < 1 { throw ValidationError("--jobs and --timeout must be at least 1, --queue at least 0") }
        if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        let selection = self.selection
        // The rule ids a request may name, worked out once (the rule folders are read here).
        let knownRules: Set<String>
        do {
            knownRules = Set(BuiltinRules.all.map(\.metadata.id)).union(try selection.commandLineRuleIDs())
        } catch {
            Terminal.writeError("newslint: error: \(error)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let linters: LinterCache
        do {
            linters = try LinterCache { overrides throws(ServiceError) in try Self.linter(selection, overrides, knownRules: knownRules) }
        } catch {
            Terminal.writeError("newslint: error: \(error.message)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        var limits = LintService.Limits()
        limits.maximumBodyBytes = maxBodyKib << 10
        limits.concurrentJobs = jobs
        limits.maximumWaiting = queue
        limits.queueDeadlineNanoseconds = UInt64(timeout) * 1_000_000_000
        limits.cachedAnswers = cacheEntries
        let service = LintService(linters: linters, limits: limits, version: newslintVersion)
        var settings = NewslintServer.Settings()
        settings.host = host
        settings.port = port
        settings.idleTimeoutSeconds = Int64(timeout)
        let host = self.host
        // The server is async; the command line's commands are not.
        let finished = DispatchSemaphore(value: 0)
        let failure = LockedBox<(any Error)?>(nil)
        Task {
            do {
                try await NewslintServer.run(service, settings: settings) { port in
                    Terminal.writeError("newslint: listening on http://\(host):\(port)\n")
                }
            } catch {
                failure.set(error)
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.get() {
            Terminal.writeError("newslint: error: cannot serve on \(host):\(port): \(error)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }

    /// The command line's linter with a request's overrides on top.
    static func linter(_ base: RuleSelectionOptions, _ overrides: LintOverrides, knownRules: Set<String>) throws(ServiceError) -> Linter {
        for (member, ids) in [("select", overrides.select), ("ignore", overrides.ignore)] {
            if let unknown = ids.first(where: { !knownRules.contains($0) }) {
                throw ServiceError(.badRequest, "config.\(member): unknown rule '\(unknown)' (see GET /v1/rules)")
            }
        }
        var selection = base
        if !overrides.select.isEmpty { selection.selected = overrides.select }
        selection.ignored += overrides.ignore
        if let name = overrides.language {
            guard let language = HouseStyle.Language(rawValue: name) else {
                throw ServiceError(.badRequest, "config.language: must be en or vi, not '\(name)'")
            }
            selection.language = language
        }
        if let name = overrides.toneStyle {
            guard let style = ToneStyle(rawValue: name) else {
                throw ServiceError(.badRequest, "config.tone_style: must be old or new, not '\(name)'")
            }
            selection.toneStyle = style
        }
        let input = Input(path: "-")
        do {
            return try LinterProvider(selection: selection, inputs: [input]).linter(for: input)
        } catch {
            throw ServiceError(.badRequest, "config: \(error)")
        }
    }
}

/// A value shared between the serving task and the waiting command.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value { lock.withLock { value } }
}

@main
enum Main {
    static func main() {
        ServeCommand.runWithNewslintExitCodes()
    }
}
