import Foundation
import NewslintCore
import NewslintReporters
import Testing

/// SARIF, checkstyle and JUnit output, parsed back and validated by
/// Tests/Tools/validate_report.py (SARIF against the OASIS 2.1.0 schema;
/// `.ci/install-deps` installs what it needs).
@Suite struct ReportFormatTests {
    let source = SourceText("Tin mới\nSơn,the \"end\" <b> & \u{1}x")

    var reports: [FileReport] {
        let safe = Diagnostic(ruleID: "missing-space-after-punctuation", category: .spacing, severity: .warning,
                              range: TextRange(start: 14, length: 1), message: "missing space after ','",
                              fix: Fix(.insert(" ", at: 15), applicability: .safe))
        let unsafe = Diagnostic(ruleID: "odd-markup", category: .style, severity: .info,
                                range: TextRange(start: 24, length: 3), message: "a \"tag\" <b> & 'more'",
                                fix: Fix(.delete(TextRange(start: 24, length: 3)), applicability: .unsafe),
                                suggestions: ["<i>"])
        let control = Diagnostic(ruleID: "invisible-character", category: .unicode, severity: .error,
                                 range: TextRange(start: 30, length: 1), message: "control character \u{1}")
        return [
            FileReport(path: "desk/tin mới.txt", source: source, diagnostics: [safe, unsafe, control]),
            FileReport(path: "clean.txt", source: SourceText("Fine."), diagnostics: []),
        ]
    }

    var tool: SARIFReporter.ToolInfo {
        let metadata = RuleMetadata(id: "missing-space-after-punctuation", category: .spacing, summary: "Missing space.",
                                    rationale: "Why.", fixApplicability: .safe,
                                    examples: RuleExamples(triggering: [], nonTriggering: [], corrections: []))
        return .init(version: "0.1.0", rules: [metadata.id: metadata])
    }

    @Test(arguments: [ReportFormat.sarif, .checkstyle, .junit])
    func outputIsValid(format: ReportFormat) throws {
        let output = RunReporter.render(reports, format: format, tool: tool)
        let (status, problems) = try Self.validate(output, as: format)
        #expect(status == 0, "\(problems)")
    }

    @Test func theValidatorRejectsABrokenSARIFLog() throws {
        let output = RunReporter.render(reports, format: .sarif, tool: tool)
            .replacing("\"level\": \"note\"", with: "\"level\": \"info\"")
        let (status, problems) = try Self.validate(output, as: .sarif)
        #expect(status == 1)
        #expect(problems.contains("'info' is not one of"))
    }

    @Test func sarifCarriesOnlySafeFixesAsByteReplacements() throws {
        let output = RunReporter.render(reports, format: .sarif, tool: tool)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["warning", "note", "error"])
        #expect(results[1]["fixes"] == nil)  // unsafe: never offered
        let fix = try #require((results[0]["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        #expect((change["artifactLocation"] as? [String: String])?["uri"] == "desk/tin%20m%E1%BB%9Bi.txt")
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["byteOffset": 15, "byteLength": 0])
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == " ")
        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(location["region"] as? [String: Int])
        #expect(region["startLine"] == 2 && region["startColumn"] == 4 && region["byteOffset"] == 14)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["missing-space-after-punctuation", "odd-markup", "invisible-character"])
    }

    @Test func checkstyleAndJUnitCarryEveryFinding() throws {
        let checkstyle = RunReporter.render(reports, format: .checkstyle, tool: tool)
        #expect(checkstyle.contains(#"<error line="2" column="4" severity="warning" message="missing space after &apos;,&apos;" source="newslint.missing-space-after-punctuation"/>"#))
        #expect(checkstyle.contains(#"message="a &quot;tag&quot; &lt;b&gt; &amp; &apos;more&apos;""#))
        #expect(checkstyle.contains(#"message="control character \u{1}""#))
        let junit = RunReporter.render(reports, format: .junit, tool: tool)
        #expect(junit.contains(#"<testsuite name="desk/tin mới.txt" tests="3" failures="3" errors="0">"#))
        #expect(junit.contains(#"<testsuite name="clean.txt" tests="1" failures="0" errors="0">"#))
        #expect(junit.contains(#"name="missing-space-after-punctuation at desk/tin mới.txt:2:4""#))
    }

    static let validator = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tools/validate_report.py")

    static func validate(_ output: String, as format: ReportFormat) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("newslint-report-\(UUID().uuidString)")
        try Data(output.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", validator.path, format.rawValue, file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
