import ArgumentParser
import Foundation
import NewslintCommandLine

/// `newslint serve …` runs the `newslint-server` program installed beside
/// `newslint` with the arguments that follow, as git runs its subcommands:
/// the HTTP server's code lives there, so the linter's own start-up stays
/// small. `Main` hands `serve` over before parsing anything (a pass-through
/// argument here would make the parser reflect over every command on every
/// run); this command is in the tree for `newslint --help`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve check and fix as an HTTP JSON API for editorial tools (see `newslint serve --help`)."
    )

    static let serverName = "newslint-server"

    func run() throws {
        try Self.runServer(arguments: [])
    }

    static func runServer(arguments: [String]) throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let server = executable.deletingLastPathComponent().appendingPathComponent(serverName).path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            Terminal.writeError("newslint: error: \(server) not found: build it with `swift build --product \(serverName)`"
                                + " and install it beside newslint\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let argv = [server] + arguments
        var cArguments = argv.map { strdup($0) } + [nil]
        execv(server, &cArguments)
        Terminal.writeError("newslint: error: cannot run \(server): \(String(cString: strerror(errno)))\n")
        throw ExitCode(ExitStatus.failure.rawValue)
    }
}
