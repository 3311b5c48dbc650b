import Foundation
import NewslintCore
import NewslintFiles
import NewslintRules
import NewslintText

/// The linter for each input: the command line's choices on top of the
/// `.newslint.yml` found by walking up from the file (or `--config`).
/// Everything is resolved before linting starts, so workers only read.
public final class LinterProvider: Sendable {
    /// By configuration path; "" for the inputs no configuration covers.
    private let linterOfConfiguration: [String: Linter]
    private let configurationOfInput: [String: String]
    /// Inputs found in directories that their configuration excludes.
    private let excluded: Set<String>

    public static let fileName = ".newslint.yml"

    public init(selection: RuleSelectionOptions, inputs: [Input]) throws(InputFailure) {
        var linters: [String: Linter] = [:]
        var configurations: [String: String] = [:]
        var searched: [String: String?] = [:]  // directory → configuration path found from it
        var configurationsByPath: [String: DeskConfiguration] = [:]
        var excluded: Set<String> = []
        // The command line's rule folders are read once, for every configuration.
        let commandLineRules = try selection.commandLineRuleIDs()
        for input in inputs {
            let path = try Self.configurationPath(for: input, selection: selection, cache: &searched) ?? ""
            configurations[input.path] = path
            if linters[path] == nil {
                let configuration = path.isEmpty ? nil : try Self.load(path, knownRules: commandLineRules)
                configurationsByPath[path] = configuration
                linters[path] = try selection.makeLinter(configuration: configuration)
            }
            if input.isFoundInDirectory, let configuration = configurationsByPath[path], !configuration.exclude.isEmpty,
               configuration.excludes(relativePath: Self.relative(input.path, to: path)) {
                excluded.insert(input.path)
            }
        }
        // With no input left, the command line's own lists are still checked.
        if linters.isEmpty { linters[""] = try selection.makeLinter(configuration: nil) }
        linterOfConfiguration = linters
        configurationOfInput = configurations
        self.excluded = excluded
    }

    /// Every rule any of the linters runs, by id (for the SARIF rule list).
    public var ruleMetadata: [String: RuleMetadata] {
        var metadata: [String: RuleMetadata] = [:]
        for linter in linterOfConfiguration.values {
            for rule in linter.rules { metadata[rule.metadata.id] = rule.metadata }
        }
        return metadata
    }

    /// The inputs to lint: all but those a configuration excludes.
    public func included(_ inputs: [Input]) -> [Input] {
        excluded.isEmpty ? inputs : inputs.filter { !excluded.contains($0.path) }
    }

    /// A file's path relative to the folder of a configuration file.
    static func relative(_ path: String, to configuration: String) -> String {
        let folder = URL(fileURLWithPath: configuration).deletingLastPathComponent().standardizedFileURL.path
        let file = URL(fileURLWithPath: path).standardizedFileURL.path
        return file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
    }

    public func linter(for input: Input) -> Linter {
        // Every input was resolved in init.
        linterOfConfiguration[configurationOfInput[input.path] ?? ""]!
    }

    /// `--config`, or the nearest `.newslint.yml` above the file (above the
    /// working directory for standard input).
    public static func configurationPath(
        for input: Input, selection: RuleSelectionOptions, cache: inout [String: String?]
    ) throws(InputFailure) -> String? {
        if let explicit = selection.config { return explicit }
        let start = input.isStandardInput ? FileManager.default.currentDirectoryPath
            : (URL(fileURLWithPath: input.path).standardizedFileURL.deletingLastPathComponent().path)
        var directory = start
        var visited: [String] = []
        while true {
            if let known = cache[directory] {
                for path in visited { cache[path] = known }
                return known
            }
            visited.append(directory)
            let candidate = (directory as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate) {
                for path in visited { cache[path] = candidate }
                return candidate
            }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty {
                for path in visited { cache[path] = .some(nil) }
                return nil
            }
            directory = parent
        }
    }

    /// The configuration at `path`; rule ids are checked against the
    /// built-in rules and `knownRules` (those of the command line's folders).
    public static func load(_ path: String, knownRules: Set<String>) throws(InputFailure) -> DeskConfiguration {
        let bytes = try FileIO.readAll(path: path)
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
            throw InputFailure(path: path, reason: "configuration is not valid UTF-8")
        }
        let known = Set(BuiltinRules.all.map(\.metadata.id)).union(knownRules)
        do {
            return try DeskConfiguration.load(yaml: String(decoding: bytes, as: UTF8.self), file: path, knownRules: known)
        } catch {
            throw InputFailure(path: error.line.map { "\(path):\($0)" } ?? path, reason: error.problem)
        }
    }
}
