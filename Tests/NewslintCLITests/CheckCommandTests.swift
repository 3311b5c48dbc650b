import Foundation
import Testing

@Suite struct CheckCommandTests {
    let sample = CLIRunner.fixtures.appendingPathComponent("vna-wire-sample.txt").path

    @Test func sampleArticleReportsTwoMissingSpacesAfterCommasAndExitsOne() throws {
        let result = try CLIRunner.run(["check", "--ignore", "joined-words", "--ignore", "joined-phrase", "--ignore", "misspelling", "--ignore", "place-name-consistency", "--ignore", "repeated-paragraph", "--ignore", "mixed-apostrophes", sample])
        #expect(result.status == 1)
        #expect(result.stdout.contains("vna-wire-sample.txt:7:86: warning[missing-space-after-punctuation]"))
        #expect(result.stdout.contains("vna-wire-sample.txt:9:79: warning[missing-space-after-punctuation]"))
        #expect(result.stdout.contains("Found 2 problems in 1 file (2 fixable with `newslint fix`)."))
        #expect(!result.stdout.contains("\u{1B}["))  // not a terminal: no colour
    }

    @Test func jsonFormat() throws {
        let result = try CLIRunner.run(["check", "--format", "json", "--ignore", "joined-words", "--ignore", "joined-phrase", "--ignore", "misspelling", "--ignore", "place-name-consistency", "--ignore", "repeated-paragraph", "--ignore", "mixed-apostrophes", sample])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["text"] as? String } == [",", ","])
        #expect(diagnostics.map { $0["line"] as? Int } == [7, 9])
        #expect((object["summary"] as? [String: Int]) == ["files": 1, "diagnostics": 2, "fixable": 2])
    }

    @Test func cleanInputExitsZero() throws {
        let result = try CLIRunner.run(["check", "-"], stdin: Array("All is well, they said.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("No problems found in 1 file."))
    }

    @Test func failOnRaisesTheThreshold() throws {
        let result = try CLIRunner.run(["check", "--fail-on", "error", sample])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Found 29 problems"))
    }

    @Test func selectAndIgnoreChooseRules() throws {
        let text = Array("the the  end\n".utf8)
        let only = try CLIRunner.run(["check", "--select", "repeated-word", "-"], stdin: text)
        #expect(only.stdout.contains("repeated-word") && !only.stdout.contains("doubled-space"))
        let ignored = try CLIRunner.run(["check", "--ignore", "repeated-word", "-"], stdin: text)
        #expect(!ignored.stdout.contains("repeated-word") && ignored.stdout.contains("doubled-space"))
        let unknown = try CLIRunner.run(["check", "--select", "no-such-rule", "-"], stdin: text)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'no-such-rule'"))
    }

    @Test func invalidUTF8IsAnErrorNamingFileAndOffset() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.txt")
        try Data(Array("Hanoi ".utf8) + [0xC3, 0x28]).write(to: bad)
        let good = folder.appendingPathComponent("good.txt")
        try Data("Fine text.\n".utf8).write(to: good)
        let result = try CLIRunner.run(["check", bad.path, good.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(bad.path): not valid UTF-8: the first bad byte sequence starts at byte offset 6"))
        #expect(result.stdout.contains("No problems found in 1 file."))  // the good file was still linted
    }

    @Test func missingFileAndUsageErrorsExitTwo() throws {
        let missing = try CLIRunner.run(["check", "/no/such/story.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/no/such/story.txt: no such file or directory"))
        let noPaths = try CLIRunner.run(["check"])
        #expect(noPaths.status == 2)
        let badOption = try CLIRunner.run(["check", "--format", "yaml", sample])
        #expect(badOption.status == 2)
    }

    @Test func directoriesAreWalkedForProseFilesInOrder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nested = folder.appendingPathComponent("desk/2026")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try Data("b  b\n".utf8).write(to: nested.appendingPathComponent("b.md"))
        try Data("a  a\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("x  x\n".utf8).write(to: folder.appendingPathComponent("skip.json"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("g  g\n".utf8).write(to: folder.appendingPathComponent(".git/c.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("loop"), withDestinationURL: folder)
        let result = try CLIRunner.run(["check", "--format", "json", folder.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let paths = (object["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(paths == [folder.path + "/a.txt", folder.path + "/desk/2026/b.md"])
        #expect(result.status == 1)
    }

    @Test func vocabularyFileSilencesItsWords() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let vocabulary = folder.appendingPathComponent("desk.txt")
        try Data("# our names\nVinaxmilk\nthetwo\n".utf8).write(to: vocabulary)
        let story = Array("Thetwo ministers met. The conflictin Ukraine.\n".utf8)
        let without = try CLIRunner.run(["check", "--select", "joined-words", "-"], stdin: story)
        #expect(without.stdout.contains("'Thetwo'") && without.stdout.contains("'conflictin'"))
        let with = try CLIRunner.run(["check", "--select", "joined-words", "--vocabulary", vocabulary.path, "-"], stdin: story)
        #expect(!with.stdout.contains("'Thetwo'") && with.stdout.contains("'conflictin'"))
        let missing = try CLIRunner.run(["check", "--vocabulary", folder.appendingPathComponent("none.txt").path, "-"],
                                        stdin: story)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.txt: cannot open"))
    }

    @Test func aSymbolicLinkLoopIsNamedAsSuch() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loop = folder.appendingPathComponent("loop.txt")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let result = try CLIRunner.run(["check", loop.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("loop.txt: symbolic link that loops or points nowhere"))
    }

    @Test func binaryFilesAreSkippedWithAWarning() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: binary)
        let text = folder.appendingPathComponent("story.txt")
        try Data("Fine.\n".utf8).write(to: text)
        let result = try CLIRunner.run(["check", folder.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: \(binary.path): binary file (NUL byte at offset 4); skipped"))
    }

    @Test func lossyLintsInvalidUTF8() throws {
        let bytes: [UInt8] = Array("Hanoi,the ".utf8) + [0xFF] + Array(" end\n".utf8)
        let strict = try CLIRunner.run(["check", "-"], stdin: bytes)
        #expect(strict.status == 2)
        let lossy = try CLIRunner.run(["check", "--lossy", "--format", "json", "-"], stdin: bytes)
        #expect(lossy.status == 1)
        #expect(lossy.stderr.contains("1 invalid bytes read as '?'"))
        #expect(lossy.stdout.contains("\"offset\": 5"))  // the comma, at its offset in the file
    }

    @Test func oversizedFilesAreRefused() throws {
        let result = try CLIRunner.run(["check", "--max-file-size", "1", "-"], stdin: [UInt8](repeating: 0x61, count: 2 << 20))
        #expect(result.status == 2)
        #expect(result.stderr.contains("newslint lints files up to 1 MiB (--max-file-size)"))
        // Past what a token's 32-bit offsets can hold, the limit itself is refused.
        let tooHigh = try CLIRunner.run(["check", "--max-file-size", "4096", sample])
        #expect(tooHigh.status == 2)
        #expect(tooHigh.stderr.contains("--max-file-size must be at most 511 (MiB)"))
    }

    @Test func colourOnlyWhenAskedAndNotWithNoColor() throws {
        let coloured = try CLIRunner.run(["check", "--color", "always", sample])
        #expect(coloured.stdout.contains("\u{1B}["))
        let auto = try CLIRunner.run(["check", sample], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}["))
    }
}

@Suite struct RejectListTests {
    @Test func rejectedWordsAreReportedAndReplaced() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let list = folder.appendingPathComponent("reject.txt")
        try Data("Saigon -> Ho Chi Minh City\n".utf8).write(to: list)
        let result = try CLIRunner.run(["fix", "--reject", list.path, "-"], stdin: Array("Flights to Saigon resumed.\n".utf8))
        #expect(result.stdout == "Flights to Ho Chi Minh City resumed.\n")
    }
}

@Suite struct RuleFolderTests {
    @Test func aFolderOfRulesIsLoadedAndABrokenOneNamesFileAndLine() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let rule = """
            rules:
              - id: no-kinda
                kind: substitution
                category: style
                summary: kinda
                swap:
                  kinda: kind of
                examples:
                  triggering: ["it is ⟦kinda⟧ late"]
                  non_triggering: ["kind of late"]
            """
        try Data(rule.utf8).write(to: folder.appendingPathComponent("desk.yml"))
        let fixed = try CLIRunner.run(["fix", "--rules", folder.path, "--select", "no-kinda", "-"], stdin: Array("It is kinda late.\n".utf8))
        #expect(fixed.stdout == "It is kind of late.\n")

        try Data("rules:\n  - id: broken\n    kind: nope\n".utf8).write(to: folder.appendingPathComponent("zz-broken.yml"))
        let broken = try CLIRunner.run(["check", "--rules", folder.path, "-"], stdin: Array("text\n".utf8))
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("zz-broken.yml:3: unknown kind 'nope'"))
    }
}

@Suite struct ReportFormatCLITests {
    let sample = CLIRunner.fixtures.appendingPathComponent("vna-wire-sample.txt").path

    @Test func sarifOfTheSampleOffersTheSafeSplitsAsFixes() throws {
        let result = try CLIRunner.run(["check", "--format", "sarif", sample])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let glued = results.filter { $0["ruleId"] as? String == "joined-words" }
        #expect(glued.count == 14)
        // Exactly the fixes the JSON report calls safe.
        let json = try CLIRunner.run(["check", "--format", "json", "--select", "joined-words", sample])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let safe = ((object["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]] ?? [])
            .filter { ($0["fix"] as? [String: Any])?["applicability"] as? String == "safe" }
        let fixes = glued.compactMap { ($0["fixes"] as? [[String: Any]])?.first }
        #expect(!safe.isEmpty && fixes.count == safe.count)
        #expect(result.stderr.isEmpty)  // no progress or summary when stderr is not a terminal
    }

    /// The real reports of the sample, through the same validator as the
    /// reporter tests (SARIF against the OASIS schema).
    @Test(arguments: ["sarif", "checkstyle", "junit"])
    func reportsOfTheSampleAreValid(format: String) throws {
        let result = try CLIRunner.run(["check", "--format", format, sample])
        #expect(result.status == 1)
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report")
        try Data(result.stdoutBytes).write(to: file)
        let validator = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tools/validate_report.py")
        let validation = try CLIRunner.run(["python3", validator.path, format, file.path],
                                           executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(validation.status == 0, "\(validation.stderr)")
    }
}

@Suite struct StandardInputFormatTests {
    @Test func stdinFormatTellsMarkupFromProse() throws {
        let html = Array("<p class=\"lead\">The two  ministers met.</p>\n".utf8)
        let asHTML = try CLIRunner.run(["check", "--select", "doubled-space", "--stdin-format", "html", "-"], stdin: html)
        let asPlain = try CLIRunner.run(["check", "--select", "doubled-space", "-"], stdin: html)
        #expect(asHTML.stdout.contains("<stdin>:1:24: warning[doubled-space]"))
        #expect(asPlain.status == 1 && asHTML.status == 1)
        let tagOnly = Array("<p  class=\"lead\">The two ministers met.</p>\n".utf8)
        #expect(try CLIRunner.run(["check", "--select", "doubled-space", "--stdin-format", "html", "-"], stdin: tagOnly).status == 0)
        #expect(try CLIRunner.run(["check", "--select", "doubled-space", "-"], stdin: tagOnly).status == 1)
    }
}

@Suite struct AcrossFilesTests {
    @Test func laterStoriesAreHeldToTheFormsOfEarlierOnes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stories = [
            "1-economy.txt": "Ho Chi Minh City reported growth. Ho Chi Minh City leads.\n",
            "2-consul.txt": "The consul in HCM City said HCM City grows. The organisation met.\n",
            "3-more.txt": "newslint-disable-next-line place-name-consistency\nHCM City again.\nThe organization met in HCM City.\n",
        ]
        for (name, text) in stories { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let run = try CLIRunner.run(["check", "--across-files", "--format", "ndjson", folder.path])
        #expect(run.status == 1)
        let findings = try run.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let summary = findings.map { "\(URL(fileURLWithPath: $0["path"] as! String).lastPathComponent):\($0["line"]!):\($0["rule"]!)" }
        #expect(summary == [
            "2-consul.txt:1:place-name-consistency", "2-consul.txt:1:place-name-consistency",
            "3-more.txt:3:british-american-spelling", "3-more.txt:3:place-name-consistency",
        ])
        #expect((findings[0]["message"] as? String)?.hasSuffix("is written 'Ho Chi Minh City' in \(folder.path)/1-economy.txt, earlier in this run") == true)
        // Each story on its own is consistent with itself.
        #expect(try CLIRunner.run(["check", "--select", "place-name-consistency", folder.path]).status == 0)
    }
}
