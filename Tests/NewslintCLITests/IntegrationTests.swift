import Foundation
import Testing

@Suite struct IntegrationTests {
    @Test func lineFormatsGiveOneFindingALine() throws {
        let stdin = Array("the the end,and more\n".utf8)
        let ndjson = try CLIRunner.run(["check", "--format", "ndjson", "--stdin-name", "story.txt", "-"], stdin: stdin)
        let lines = ndjson.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["path"] as? String == "story.txt" && first["rule"] as? String == "repeated-word")

        let github = try CLIRunner.run(["check", "--format", "github", "--stdin-name", "news/a,b.txt", "-"], stdin: stdin)
        #expect(github.stdout.hasPrefix("::warning file=news/a%2Cb.txt,line=1,col=1,endLine=1,endColumn=8,title=newslint repeated-word::"))
    }

    private func git(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func thePreCommitHookChecksTheStagedContent() throws {
        let repository = try CLIRunner.temporaryDirectory()
        #expect(try git(["init", "-q"], in: repository) == 0)
        try Data("severity:\n  repeated-word: error\n".utf8).write(to: repository.appendingPathComponent(".newslint.yml"))
        let story = repository.appendingPathComponent("story.txt")
        try Data("It was the the end.\n".utf8).write(to: story)
        #expect(try git(["add", "story.txt"], in: repository) == 0)
        // The working copy is fixed but not staged: the staged error still blocks.
        try Data("It was the end.\n".utf8).write(to: story)

        let installed = try CLIRunner.run(["install-hook"], workingDirectory: repository)
        #expect(installed.status == 0)
        let hook = repository.appendingPathComponent(".git/hooks/pre-commit")
        let again = try CLIRunner.run(["install-hook"], workingDirectory: repository)
        #expect(again.status == 2 && again.stderr.contains("--force"))

        func runHook() throws -> Int32 {
            let process = Process()
            process.executableURL = hook
            process.currentDirectoryURL = repository
            process.environment = ProcessInfo.processInfo.environment.merging(["NEWSLINT": CLIRunner.binary.path]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try runHook() == 1)
        #expect(try git(["add", "story.txt"], in: repository) == 0)
        #expect(try runHook() == 0)
    }
}
