import ArgumentParser
import Foundation
import NewslintCommandLine
import NewslintRules

/// The root command. Exit codes are part of the contract: 0 nothing at or
/// above the failing severity, 1 findings, 2 usage error or bad input.
struct Newslint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newslint",
        abstract: "Finds and fixes glued words, typos and Unicode trouble in news copy.",
        version: newslintVersion,
        subcommands: [CheckCommand.self, FixCommand.self, RulesCommand.self, VocabCommand.self, InitCommand.self, ConfigCommand.self, InstallHookCommand.self, ServeCommand.self]
    )
}

@main
enum Main {
    static func main() {
        let arguments = CommandLine.arguments
        if arguments.count > 1 && arguments[1] == ServeCommand.configuration.commandName {
            do {
                try ServeCommand.runServer(arguments: Array(arguments.dropFirst(2)))
            } catch {
                exit(ExitStatus.failure.rawValue)
            }
        }
        // Commands that lint load the built-in rule files on a second core
        // while the arguments are parsed and the inputs read.
        if arguments.count > 1 && ["check", "fix"].contains(arguments[1]) {
            DispatchQueue.global(qos: .userInitiated).async { BuiltinRules.loadEmbeddedData() }
        }
        Newslint.runWithNewslintExitCodes()
    }
}
