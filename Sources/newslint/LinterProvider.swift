import Foundation
import NewslintCore
import NewslintFiles
import NewslintRules
import NewslintText

/// The linter for each input: the command line's choices on top of the
/// `.newslint.yml` found by walking up from the file (or `--config`).
/// Everything is resolved before linting starts, so workers only read.
final class LinterProvider: Sendable {
    private let linterOfConfiguration: [String: Linter]
    private let configurationOfInput: [String: String]
    private let fallback: Linter

    static let fileName = ".newslint.yml"

    init(selection: RuleSelectionOptions, inputs: [Input]) throws(InputFailure) {
        var linters: [String: Linter] = [:]
        var configurations: [String: String] = [:]
        var searched: [String: String?] = [:]  // directory → configuration path found from it
        fallback = try selection.makeLinter(configuration: nil)
        for input in inputs {
            guard let path = try Self.configurationPath(for: input, selection: selection, cache: &searched) else { continue }
            configurations[input.path] = path
            if linters[path] == nil {
                linters[path] = try selection.makeLinter(configuration: try Self.load(path, selection: selection))
            }
        }
        linterOfConfiguration = linters
        configurationOfInput = configurations
    }

    func linter(for input: Input) -> Linter {
        configurationOfInput[input.path].flatMap { linterOfConfiguration[$0] } ?? fallback
    }

    /// `--config`, or the nearest `.newslint.yml` above the file (above the
    /// working directory for standard input).
    static func configurationPath(
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

    static func load(_ path: String, selection: RuleSelectionOptions) throws(InputFailure) -> DeskConfiguration {
        let bytes = try FileIO.readAll(path: path)
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else {
            throw InputFailure(path: path, reason: "configuration is not valid UTF-8")
        }
        let known = Set(BuiltinRules.all.map(\.metadata.id)).union(try selection.commandLineRuleIDs())
        do {
            return try DeskConfiguration.load(yaml: String(decoding: bytes, as: UTF8.self), file: path, knownRules: known)
        } catch {
            throw InputFailure(path: error.line.map { "\(path):\($0)" } ?? path, reason: error.problem)
        }
    }
}
