import Foundation
import NewslintCore
import NewslintReporters
import Testing

@Suite struct ReporterTests {
    /// "Sơn,the" in line 2 (which starts at byte 10): the comma is at byte 14, column 4.
    let source = SourceText("Tin mới\nSơn,the \"end\"")

    var diagnostic: Diagnostic {
        Diagnostic(ruleID: "missing-space-after-punctuation", category: .spacing, severity: .warning,
                   range: TextRange(start: 14, length: 1), message: "missing space after ','",
                   fix: Fix(.insert(" ", at: 15), applicability: .safe))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let report = FileReport(path: "a.txt", source: source, diagnostics: [diagnostic])
        let json = JSONReporter.render([report])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 1, "diagnostics": 1, "fixable": 1])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "a.txt")
        let entry = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["rule", "category", "severity", "message", "offset", "length", "line", "column",
                                    "text", "fix", "suggestions"])
        #expect(entry["rule"] as? String == "missing-space-after-punctuation")
        #expect(entry["offset"] as? Int == 14)
        #expect(entry["length"] as? Int == 1)
        #expect(entry["line"] as? Int == 2)
        #expect(entry["column"] as? Int == 4)
        #expect(entry["text"] as? String == ",")
        let fix = try #require(entry["fix"] as? [String: Any])
        #expect(fix["applicability"] as? String == "safe")
        let edits = try #require(fix["edits"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits[0]["offset"] as? Int == 15)
        #expect(edits[0]["length"] as? Int == 0)
        #expect(edits[0]["replacement"] as? String == " ")
    }

    @Test func jsonWritesNullForNoFixAndEscapesStrings() throws {
        let plain = Diagnostic(ruleID: "r", category: .unicode, severity: .info,
                               range: TextRange(start: 0, length: 3), message: "a \"quoted\"\ttab\u{1}")
        let json = JSONReporter.render([FileReport(path: "p", source: source, diagnostics: [plain])])
        #expect(json.contains("\"fix\": null"))
        #expect(json.contains(#""message": "a \"quoted\"\ttab\u0001""#))
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    }

    @Test func textShowsLocationRuleCaretAndFix() {
        let text = TextReporter(useColor: false).render(diagnostic, path: "a.txt", source: source)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "a.txt:2:4: warning[missing-space-after-punctuation]: missing space after ','")
        #expect(lines[1] == " 2 | Sơn,the \"end\"")
        #expect(lines[2] == "   |    ^")
        #expect(lines[3] == "   = fix (safe): insert ' '")
        #expect(!text.contains("\u{1B}["))
    }

    @Test func textCutsLongLinesAroundTheFinding() {
        let long = String(repeating: "word ", count: 100) + "glued,text" + String(repeating: " word", count: 100)
        let source = SourceText(long)
        let offset = Array(long.utf8).firstIndex(of: UInt8(ascii: ","))!
        let finding = Diagnostic(ruleID: "r", category: .spacing, severity: .warning,
                                 range: TextRange(start: offset, length: 1), message: "m")
        let lines = TextReporter(useColor: false, contextWidth: 40).render(finding, path: "p", source: source)
            .split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix(" 1 | …") && lines[1].hasSuffix("…"))
        let caretColumn = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let commaColumn = lines[1].firstIndex(of: ",").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caretColumn == commaColumn)
    }

    @Test func colourWrapsWithANSI() {
        let text = TextReporter(useColor: true).render(diagnostic, path: "a.txt", source: source)
        #expect(text.contains("\u{1B}[1;33mwarning[missing-space-after-punctuation]\u{1B}[0m"))
    }

    @Test func summaryCountsFixable() {
        let reporter = TextReporter(useColor: false)
        let report = FileReport(path: "a", source: source, diagnostics: [diagnostic])
        #expect(reporter.renderSummary(RunSummary([report])) == "Found 1 problem in 1 file (1 fixable with `newslint fix`).\n")
        #expect(reporter.renderSummary(RunSummary([])) == "No problems found in 0 files.\n")
    }
}

@Suite struct ProgressDisplayTests {
    final class Recorder: @unchecked Sendable {
        var time: UInt64 = 0
        var written: [String] = []
    }

    @Test func drawsOnlyAfterTheDelayAndAtMostTenTimesASecondThenErases() {
        let recorder = Recorder()
        let progress = ProgressDisplay(total: 200, enabled: true, now: { recorder.time }) { recorder.written.append($0) }
        progress.advance(past: "a.txt")
        #expect(recorder.written.isEmpty)  // a quick run shows nothing
        recorder.time = ProgressDisplay.delay
        progress.advance(past: "b.txt")
        #expect(recorder.written == ["\r[  2/200] b.txt"])
        recorder.time += ProgressDisplay.interval / 2
        progress.advance(past: "c.txt")
        #expect(recorder.written.count == 1)  // too soon to redraw
        recorder.time += ProgressDisplay.interval
        progress.advance(past: "longer/d.txt")
        #expect(recorder.written.last == "\r[  4/200] longer/d.txt")
        progress.clear()
        #expect(recorder.written.last == "\r" + String(repeating: " ", count: 22) + "\r")
    }

    @Test func aSingleInputOrADisabledDisplayWritesNothing() {
        let recorder = Recorder()
        for (total, enabled) in [(1, true), (100, false)] {
            let progress = ProgressDisplay(total: total, enabled: enabled, now: { recorder.time }) { recorder.written.append($0) }
            recorder.time += ProgressDisplay.delay * 4
            progress.advance(past: "a.txt")
            progress.clear()
        }
        #expect(recorder.written.isEmpty)
    }
}
