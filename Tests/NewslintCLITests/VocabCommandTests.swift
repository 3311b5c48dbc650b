import Foundation
import Testing

@Suite struct VocabCommandTests {
    @Test func learnProposesRecurringUnknownWordsAndTheListSilencesThem() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let stories = [
            "Consul General Sirozhevich met Vu Hong Nam. Sirozhevich spoke of trade.",
            "Sirozhevich visited Krasnodar with the Kherson delegation.",
            "A goverment spokesman said Kozhukhov would attend.",
        ]
        for (index, story) in stories.enumerated() {
            try Data((story + "\n").utf8).write(to: folder.appendingPathComponent("story\(index).txt"))
        }
        let list = folder.appendingPathComponent("desk.vocab").path
        let learned = try CLIRunner.run(["vocab", "learn", "--min-count", "2", "--min-files", "2", "-o", list, folder.path])
        #expect(learned.status == 0)
        let text = try String(contentsOfFile: list, encoding: .utf8)
        #expect(text.contains("Sirozhevich  # 3 times in 2 files"))
        #expect(!text.contains("Kozhukhov"), "once is not recurring")
        #expect(!text.contains("goverment"), "a sure typo is not vocabulary")

        let story = folder.appendingPathComponent("new.txt")
        try Data("Sirozhevich said: Sirozhevic agreed.\n".utf8).write(to: story)
        let checked = try CLIRunner.run(["check", "--select", "misspelling", "--vocabulary", list, story.path])
        #expect(!checked.stdout.contains("'Sirozhevich'"))
    }

    @Test func anArchiveThatCannotBeReadIsAnError() throws {
        let result = try CLIRunner.run(["vocab", "learn", "/nonexistent/archive"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/nonexistent/archive"))
    }
}
