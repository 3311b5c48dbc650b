import Foundation
import Testing

@Suite struct ConfigurationTests {
    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func theNearestConfigurationAboveAFileApplies() throws {
        let desk = try CLIRunner.temporaryDirectory()
        try write("disable: [wire-cliche]\nseverity:\n  repeated-word: error\n", to: desk.appendingPathComponent(".newslint.yml"))
        let story = desk.appendingPathComponent("2026/11/story.txt")
        try write("At this point in time the the talks ended.\n", to: story)
        let result = try CLIRunner.run(["check", story.path])
        #expect(result.stdout.contains("error[repeated-word]"))
        #expect(!result.stdout.contains("wire-cliche"))
        // Outside the desk's folder the defaults apply.
        let elsewhere = try CLIRunner.temporaryDirectory().appendingPathComponent("story.txt")
        try write("At this point in time the the talks ended.\n", to: elsewhere)
        let plain = try CLIRunner.run(["check", elsewhere.path])
        #expect(plain.stdout.contains("warning[repeated-word]") && plain.stdout.contains("info[wire-cliche]"))
    }

    @Test(arguments: [
        ("colour: red\n", ".newslint.yml:1: unknown key 'colour'"),
        ("disable: [no-such-rule]\n", ".newslint.yml:1: unknown rule 'no-such-rule'"),
        ("disable: wire-cliche\n", ".newslint.yml:1: 'disable' must be a list"),
        ("language: fr\n", ".newslint.yml:1: 'language' must be en or vi"),
        ("disable: [unclosed\n", ".newslint.yml: not valid YAML"),
    ])
    func aBadConfigurationIsAnErrorNamingFileAndLine(text: String, message: String) throws {
        let desk = try CLIRunner.temporaryDirectory()
        try write(text, to: desk.appendingPathComponent(".newslint.yml"))
        let story = desk.appendingPathComponent("story.txt")
        try write("Fine copy.\n", to: story)
        let result = try CLIRunner.run(["check", story.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func excludedFilesAreSkippedInDirectoriesButNotWhenNamed() throws {
        let desk = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: desk) }
        try write("exclude: [\"drafts/*\", \"*.notes.txt\"]\n", to: desk.appendingPathComponent(".newslint.yml"))
        let text = "The the talks ended.\n"
        for name in ["story.txt", "drafts/early.txt", "desk/call.notes.txt", "desk/story.txt"] {
            try write(text, to: desk.appendingPathComponent(name))
        }
        let walked = try CLIRunner.run(["check", "--format", "ndjson", desk.path])
        let paths = Set(walked.stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["path"] as? String
        }.map { String($0.dropFirst(desk.path.count + 1)) })
        #expect(paths == ["story.txt", "desk/story.txt"])
        let named = try CLIRunner.run(["check", desk.appendingPathComponent("drafts/early.txt").path])
        #expect(named.status == 1)
        #expect(try CLIRunner.run(["config", "--show", desk.appendingPathComponent("story.txt").path]).stdout
            .contains("exclude: [drafts/*, *.notes.txt]"))
    }

    @Test func aPresetSetsTheHouseStyle() throws {
        let desk = try CLIRunner.temporaryDirectory()
        try write("preset: vietnamese-desk\n", to: desk.appendingPathComponent(".newslint.yml"))
        let story = desk.appendingPathComponent("tin.txt")
        try write("Các nghành kinh tế.\n", to: story)
        let result = try CLIRunner.run(["check", story.path])
        #expect(result.stdout.contains("invalid-syllable"))
        let shown = try CLIRunner.run(["config", "--show", story.path])
        #expect(shown.stdout.contains("preset: vietnamese-desk") && shown.stdout.contains("language: vi"))
    }

    @Test func initWritesAStarterOnceAndItLoads() throws {
        let desk = try CLIRunner.temporaryDirectory()
        let first = try CLIRunner.run(["init"], workingDirectory: desk)
        #expect(first.status == 0)
        let starter = try String(contentsOf: desk.appendingPathComponent(".newslint.yml"), encoding: .utf8)
        #expect(starter.contains("preset: english-desk"))
        let again = try CLIRunner.run(["init"], workingDirectory: desk)
        #expect(again.status == 2 && again.stderr.contains("already exists"))
        let shown = try CLIRunner.run(["config", "--show", "--config", desk.appendingPathComponent(".newslint.yml").path])
        #expect(shown.status == 0 && shown.stdout.contains("preset: english-desk"))
    }
}
