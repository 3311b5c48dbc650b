import Foundation
import Testing

@Suite struct FixCommandTests {
    @Test func printsFixedTextForStandardInput() throws {
        let result = try CLIRunner.run(["fix", "-"], stdin: Array("Hanoi,the capital .\r\nthe the end".utf8))
        #expect(result.status == 0)
        #expect(result.stdoutBytes == Array("Hanoi, the capital.\r\nthe end".utf8))
        #expect(result.stderr.contains("<stdin>: fixed 3 problems"))
    }

    @Test func unsafeFixesOnlyOnRequest() throws {
        let text = Array("Photo:VNA\n".utf8)
        let safe = try CLIRunner.run(["fix", "-"], stdin: text)
        #expect(safe.stdoutBytes == text)
        #expect(safe.status == 1)  // the finding remains
        #expect(safe.stderr.contains("missing-space-after-punctuation"))
        let unsafe = try CLIRunner.run(["fix", "--unsafe-fixes", "-"], stdin: text)
        #expect(unsafe.stdout == "Photo: VNA\n")
        #expect(unsafe.status == 0)
    }

    @Test func inPlaceRewritesAndKeepsPermissionsBOMAndLineEndings() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.txt")
        try Data([0xEF, 0xBB, 0xBF] + Array("One,two\r\nthree ".utf8)).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        let result = try CLIRunner.run(["fix", "--in-place", file.path])
        #expect(result.status == 0)
        #expect([UInt8](try Data(contentsOf: file)) == [0xEF, 0xBB, 0xBF] + Array("One, two\r\nthree".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["story.txt"])
    }

    @Test func inPlaceFollowsASymbolicLinkAndWritesItsTarget() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt")
        try Data("a,b\n".utf8).write(to: target)
        let link = folder.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let result = try CLIRunner.run(["fix", "--in-place", link.path])
        #expect(result.status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8) == "a, b\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    }

    @Test func inPlaceRefusesInvalidUTF8AndLeavesTheFile() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.txt")
        let bytes: [UInt8] = Array("a,b ".utf8) + [0xFF] + Array(" c".utf8)
        try Data(bytes).write(to: file)
        let result = try CLIRunner.run(["fix", "--in-place", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.txt: not valid UTF-8"))
        #expect(result.stderr.contains("byte offset 4"))
        #expect([UInt8](try Data(contentsOf: file)) == bytes)
    }

    @Test func inPlaceRefusesAReadOnlyFileAndLeavesIt() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("locked.txt")
        try Data("a,b\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
        let result = try CLIRunner.run(["fix", "--in-place", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("locked.txt: file is read-only; not written"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "a,b\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["locked.txt"])
    }

    @Test func inPlaceOnAMissingFileOrStandardInputExitsTwo() throws {
        let missing = try CLIRunner.run(["fix", "--in-place", "/no/such/story.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/story.txt: no such file or directory"))
        let stdin = try CLIRunner.run(["fix", "--in-place", "-"])
        #expect(stdin.status == 2)
        #expect(stdin.stderr.contains("standard input cannot be fixed in place"))
    }

    @Test func diffShowsTheChangeAndWritesNothing() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.txt")
        let text = "Line one\nLine two\nLine three,four\nLine five\n"
        try Data(text.utf8).write(to: file)
        let result = try CLIRunner.run(["fix", "--diff", file.path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            --- \(file.path)
            +++ \(file.path)
            @@ -1,4 +1,4 @@
             Line one
             Line two
            -Line three,four
            +Line three, four
             Line five

            """)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
        let clean = try CLIRunner.run(["fix", "--diff", "-"], stdin: Array("Nothing to do.\n".utf8))
        #expect(clean.status == 0 && clean.stdout.isEmpty)
    }

    @Test func sampleArticleFixIsIdempotent() throws {
        let sample = CLIRunner.fixtures.appendingPathComponent("vna-wire-sample.txt").path
        let once = try CLIRunner.run(["fix", sample])
        #expect(once.status == 1)  // unsafe findings remain
        #expect(once.stderr.contains("fixed 24 problems"))
        let twice = try CLIRunner.run(["fix", "-"], stdin: once.stdoutBytes)
        #expect(twice.stdoutBytes == once.stdoutBytes)
        #expect(!twice.stderr.contains("fixed"))
    }
}

@Suite struct RulesCommandTests {
    @Test func listsEveryRule() throws {
        let result = try CLIRunner.run(["rules"])
        #expect(result.status == 0)
        for id in ["doubled-space", "missing-space-after-punctuation", "repeated-word", "not-nfc", "invisible-character"] {
            #expect(result.stdout.contains(id))
        }
    }

    @Test func explainsOneRuleWithExamples() throws {
        let result = try CLIRunner.run(["rules", "repeated-word"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("repeated-word (style, warning, fix: safe)"))
        #expect(result.stdout.contains("✗ \"⟦the the⟧ ministers\""))
        let unknown = try CLIRunner.run(["rules", "nope"])
        #expect(unknown.status == 2)
    }
}
