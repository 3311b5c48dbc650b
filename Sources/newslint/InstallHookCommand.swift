import ArgumentParser
import NewslintCommandLine
import Foundation

/// Installs a git pre-commit hook that checks the staged copy.
struct InstallHookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Install a git pre-commit hook that checks staged .txt, .md and .html files.",
        discussion: """
            The hook checks the staged content (what the commit will hold, not the working copy) \
            and blocks the commit when a file has an error (--fail-on error; configure severities \
            in .newslint.yml). With --fix it first applies safe fixes to staged files that have no \
            unstaged changes, and stages the result.
            """
    )

    @Flag(help: "Apply safe fixes to staged files (without unstaged changes) before checking.")
    var fix = false

    @Flag(help: "Replace an existing pre-commit hook.")
    var force = false

    func run() throws {
        let gitDirectory = try Self.gitDirectory()
        let hooks = (gitDirectory as NSString).appendingPathComponent("hooks")
        let path = (hooks as NSString).appendingPathComponent("pre-commit")
        if FileManager.default.fileExists(atPath: path) && !force {
            Terminal.writeError("newslint: error: \(path) exists; use --force to replace it\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        do {
            try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
            try Data(Self.script(binary: Self.binaryPath(), fix: fix).utf8).write(to: URL(fileURLWithPath: path))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        } catch {
            Terminal.writeError("newslint: error: \(path): cannot write the hook: \(error.localizedDescription)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        Terminal.writeError("newslint: installed \(path)\(fix ? " (with --fix)" : "")\n")
    }

    static func script(binary: String, fix: Bool) -> String {
        let fixing = fix ? """
            # Safe fixes first, on staged files the working copy has not changed since.
            for file in $files; do
              if git diff --quiet -- "$file"; then
                "$NEWSLINT" fix --in-place "$file" >/dev/null 2>&1
                git add -- "$file"
              else
                echo "newslint: $file has unstaged changes; not fixed" >&2
              fi
            done

            """ : ""
        return """
            #!/bin/sh
            # newslint pre-commit hook, installed by `newslint install-hook\(fix ? " --fix" : "")`.
            # Checks the staged content of .txt, .md and .html files; an error blocks the commit.
            # Set NEWSLINT to use another newslint; `git commit --no-verify` skips the hook.
            NEWSLINT="${NEWSLINT:-\(binary)}"
            files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.txt' '*.md' '*.html')
            [ -n "$files" ] || exit 0
            IFS='
            '
            \(fixing)status=0
            for file in $files; do
              git show ":$file" | "$NEWSLINT" check --fail-on error --stdin-name "$file" - || status=1
            done
            exit $status

            """
    }

    private static func gitDirectory() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--absolute-git-dir"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            Terminal.writeError("newslint: error: git is not available\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Terminal.writeError("newslint: error: not inside a git repository\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// This newslint's own path, so the hook runs the binary that installed it.
    private static func binaryPath() -> String {
        let url = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return FileManager.default.isExecutableFile(atPath: url.path) ? url.path : "newslint"
    }
}
