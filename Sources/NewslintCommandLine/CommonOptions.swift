import Foundation
import ArgumentParser
import NewslintCore
import NewslintFiles
import NewslintRules
import NewslintText

extension Severity: ExpressibleByArgument {}
extension HouseStyle.Language: ExpressibleByArgument {}
extension ToneStyle: ExpressibleByArgument {}
extension Document.Format: ExpressibleByArgument {}

/// Which rules run, shared by `check` and `fix`.
public struct RuleSelectionOptions: ParsableArguments, Sendable {
    public init() {}

    @Option(name: .customLong("select"), help: "Run only these rules (repeatable; default: all).")
    public var selected: [String] = []

    @Option(name: .customLong("ignore"), help: "Do not run these rules (repeatable).")
    public var ignored: [String] = []

    @Option(help: ArgumentHelp(
        "Words to accept (names, places, brands): one entry a line, # comments, lowercase matches any case. Repeatable.",
        valueName: "file"))
    public var vocabulary: [String] = []

    @Option(help: ArgumentHelp(
        "Words the desk rejects, one a line, optionally '-> replacement' (a safe fix). Repeatable.",
        valueName: "file"))
    public var reject: [String] = []

    @Option(help: "The copy's language: en (Vietnamese names written bare) or vi (full diacritics). Default: the configuration's, else en.")
    public var language: HouseStyle.Language?

    @Option(help: ArgumentHelp(
        "Vietnamese tone-mark placement: old (hòa, thủy) or new (hoà, thuỷ). Unset: only mixing is reported, fixed to old.",
        valueName: "style"))
    public var toneStyle: ToneStyle?

    @Option(help: ArgumentHelp("Use this configuration instead of the .newslint.yml found above each file.", valueName: "file"))
    public var config: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A folder of declarative rule files (*.yml, the format of Rules/) to load beside the built-in rules. Repeatable.",
        valueName: "dir"))
    public var ruleFolders: [String] = []

    public func validate() throws {
        guard ruleFolders.isEmpty else { return }  // ids of loaded rules are checked once they are loaded
        for id in selected + ignored where BuiltinRules.rule(id: id) == nil {
            throw ValidationError("unknown rule '\(id)' (see `newslint rules`)")
        }
    }

    /// The selected rules under a desk's configuration (nil: none found),
    /// knowing the words of the vocabulary files and the rules of the rule
    /// folders. The command line's choices win over the configuration's.
    public func makeLinter(configuration: DeskConfiguration? = nil) throws(InputFailure) -> Linter {
        let desk = configuration ?? DeskConfiguration()
        let base = desk.path.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        func relative(_ paths: [String]) -> [String] {
            paths.map { path in base.map { path.hasPrefix("/") ? path : ($0 as NSString).appendingPathComponent(path) } ?? path }
        }
        var style = desk.style
        if let language { style.language = language }
        if let toneStyle { style.chosenToneStyle = toneStyle }
        let vocabulary = UserVocabulary(
            accepting: try Self.readLists(vocabulary + relative(desk.vocabularies)),
            rejecting: try Self.readLists(reject + relative(desk.rejects)))
        var all = BuiltinRules.make(vocabulary: vocabulary, style: style)
        let folders = ruleFolders + relative(desk.ruleFolders)
        if !folders.isEmpty { all += try Self.loadRuleFolders(folders) }
        let known = Set(all.map(\.metadata.id))
        for id in selected + ignored where !known.contains(id) {
            throw InputFailure(path: id, reason: "unknown rule (see `newslint rules`)")
        }
        let rules = all.filter { rule in
            let id = rule.metadata.id
            if !selected.isEmpty { return selected.contains(id) && !ignored.contains(id) }
            return desk.runs(rule) && !ignored.contains(id)
        }
        return Linter(rules: rules, analyzer: ICUDocumentAnalyzer(), severityOverrides: desk.severities)
    }

    /// The ids of the rules the command line's rule folders declare.
    public func commandLineRuleIDs() throws(InputFailure) -> Set<String> {
        ruleFolders.isEmpty ? [] : Set(try Self.loadRuleFolders(ruleFolders).map(\.metadata.id))
    }

    /// The rules of every *.yml file in the rule folders, in name order.
    private static func loadRuleFolders(_ folders: [String]) throws(InputFailure) -> [any Rule] {
        var specs: [DeclarativeRuleSpec] = []
        for folder in folders {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yml") }.sorted()
            } catch {
                throw InputFailure(path: folder, reason: "cannot read the rule folder")
            }
            for name in names {
                let path = (folder as NSString).appendingPathComponent(name)
                let bytes = try FileIO.readAll(path: path)
                guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
                    throw InputFailure(path: path, reason: "rule file is not valid UTF-8")
                }
                do {
                    specs += try DeclarativeRuleLoader.load(yaml: String(decoding: bytes, as: UTF8.self), file: path) { name in
                        try? String(contentsOfFile: (folder as NSString).appendingPathComponent(name), encoding: .utf8)
                    }
                } catch {
                    throw InputFailure(path: error.line.map { "\(path):\($0)" } ?? path, reason: error.problem)
                }
            }
        }
        let builtin = Set(BuiltinRules.all.map(\.metadata.id))
        if let clash = specs.first(where: { builtin.contains($0.id) }) {
            throw InputFailure(path: clash.origin, reason: "rule id '\(clash.id)' is already a built-in rule")
        }
        return DeclarativeRuleSet(specs: specs).rules
    }
}

extension RuleSelectionOptions {
    public static func readLists(_ paths: [String]) throws(InputFailure) -> String {
        var list = ""
        for path in paths {
            let bytes = try FileIO.readAll(path: path)
            guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
                throw InputFailure(path: path, reason: "word list is not valid UTF-8")
            }
            list += String(decoding: bytes, as: UTF8.self) + "\n"
        }
        return list
    }
}

public struct FailOnOption: ParsableArguments {
    public init() {}

    @Option(help: "The least severity that makes the exit code 1: error, warning or info.")
    public var failOn: Severity = .warning
}

/// The linters for these inputs, or a message naming the file that could
/// not be used (a word list, a rule file, a configuration) and exit code 2.
public func makeLintersOrExit(_ selection: RuleSelectionOptions, inputs: [Input]) throws -> LinterProvider {
    do {
        return try LinterProvider(selection: selection, inputs: inputs)
    } catch {
        Terminal.writeError("newslint: error: \(error)\n")
        throw ExitCode(ExitStatus.failure.rawValue)
    }
}

/// What to read, shared by `check` and `fix`.
public struct InputOptions: ParsableArguments {
    public init() {}

    @Argument(help: "Files, directories (searched for .txt, .md and .html) or - for standard input.")
    public var paths: [String] = []

    @Option(help: ArgumentHelp("Refuse files larger than this many MiB.", valueName: "MiB"))
    public var maxFileSize: Int = InputReader.defaultMaximumBytes >> 20

    public func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, directory, or - for standard input") }
        if maxFileSize < 1 { throw ValidationError("--max-file-size must be at least 1 (MiB)") }
        // Token offsets and lengths are 32-bit (Token.maximumLength).
        if maxFileSize > Token.maximumLength >> 20 {
            throw ValidationError("--max-file-size must be at most \(Token.maximumLength >> 20) (MiB)")
        }
    }

    @Option(help: ArgumentHelp("The file name standard input stands for, in messages and for its format.", valueName: "name"))
    public var stdinName: String?

    @Option(help: ArgumentHelp("The format of standard input: plain, markdown or html (default: from --stdin-name, else plain).",
                               valueName: "format"))
    public var stdinFormat: Document.Format?

    /// The inputs named, standard input under its `--stdin-name`.
    public func collect() -> (inputs: [Input], failures: [InputFailure]) {
        let (inputs, failures) = InputCollector.collect(paths)
        return (inputs.map { $0.isStandardInput ? Input(path: "-", standardInputName: stdinName, standardInputFormat: stdinFormat) : $0 },
                failures)
    }

    public func reader(lossy: Bool = false) -> InputReader {
        InputReader(maximumBytes: maxFileSize << 20, lossy: lossy)
    }
}

/// Prints each input problem on standard error; true when one of them is an
/// error (exit code 2) rather than a skipped input.
public func reportInputProblems(_ failures: [InputFailure]) -> Bool {
    for failure in failures {
        Terminal.writeError("newslint: \(failure.isSkip ? "warning" : "error"): \(failure)\n")
    }
    return failures.contains { !$0.isSkip }
}
