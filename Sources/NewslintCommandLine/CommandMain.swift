import ArgumentParser
import Foundation

extension ParsableCommand {
    /// Parses the command line and runs the command, with newslint's exit
    /// codes: a usage error is 2 (ArgumentParser's own default is 64), and
    /// --help and --version print and exit 0.
    public static func runWithNewslintExitCodes() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Glibc.exit(ExitStatus.clean.rawValue)
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Glibc.exit(ExitStatus.failure.rawValue)
        }
    }
}
