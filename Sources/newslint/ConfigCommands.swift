import ArgumentParser
import NewslintCommandLine
import Foundation
import NewslintFiles
import NewslintRules

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter .newslint.yml in the current folder."
    )

    func run() throws {
        let path = LinterProvider.fileName
        guard !FileManager.default.fileExists(atPath: path) else {
            Terminal.writeError("newslint: error: \(path) already exists; not overwritten\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        do {
            try Data(DeskConfiguration.starter.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            Terminal.writeError("newslint: error: \(path): cannot write: \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        Terminal.writeError("newslint: wrote \(path)\n")
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the configuration that applies to a file."
    )

    @Flag(help: "Print the effective configuration (the default and only action).")
    var show = false

    @Option(help: ArgumentHelp("Use this configuration instead of the one found above the file.", valueName: "file"))
    var config: String?

    @Argument(help: "The file (default: standard input, configured from the current folder).")
    var path: String = "-"

    func run() throws {
        var selection = try RuleSelectionOptions.parse([])
        selection.config = config
        var searched: [String: String?] = [:]
        let input = Input(path: path)
        do {
            guard let found = try LinterProvider.configurationPath(for: input, selection: selection, cache: &searched) else {
                Terminal.write("# no .newslint.yml above \(path); the defaults apply\n" + DeskConfiguration().yaml)
                return
            }
            Terminal.write(try LinterProvider.load(found, knownRules: []).yaml)
        } catch {
            Terminal.writeError("newslint: error: \(error)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}
