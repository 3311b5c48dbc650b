import ArgumentParser
import Foundation

/// The root command. Exit codes are part of the contract: 0 nothing at or
/// above the failing severity, 1 findings, 2 usage error or bad input.
struct Newslint: ParsableCommand {

    static let configuration = CommandConfiguration(
        commandName: "newslint",
        abstract: "Finds and fixes glued words, typos and Unicode trouble in news copy.",
        version: "0.1.0",
        subcommands: [CheckCommand.self, FixCommand.self, RulesCommand.self, VocabCommand.self, InitCommand.self, ConfigCommand.self, InstallHookCommand.self, ServeCommand.self]
    )
}

@main
enum Main {
    static func main() {
        do {
            var command = try Newslint.parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            // --help and --version are "errors" with exit code 0.
            if Newslint.exitCode(for: error) == .success {
                print(Newslint.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data((Newslint.fullMessage(for: error) + "\n").utf8))
            exit(ExitStatus.failure.rawValue)
        }
    }
}

enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case failure = 2
}
