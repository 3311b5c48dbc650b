import Foundation
import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// The project's fixtures, linted with every default rule.
@Suite struct FixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var fixtureFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { [".txt", ".md", ".html"].contains(where: $0.hasSuffix) }.sorted()
    }

    private let linter = Linter(rules: BuiltinRules.all, analyzer: ICUDocumentAnalyzer())
    /// The rules of the first release: whitespace, repeated words, Unicode.
    private let basicLinter = Linter(
        rules: BuiltinRules.all.filter { Self.firstReleaseRules.contains($0.metadata.id) },
        analyzer: ICUDocumentAnalyzer())

    static let firstReleaseRules: Set<String> = [
        "doubled-space", "space-before-punctuation", "trailing-space", "missing-space-after-punctuation",
        "repeated-word", "invisible-character", "not-nfc", "non-breaking-space",
    ]

    private func source(_ name: String) throws -> SourceText {
        try SourceText(bytes: [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
    }

    @Test func sampleArticleHasExactlyItsTwoMissingSpacesAfterCommas() throws {
        let source = try source("vna-wire-sample.txt")
        let diagnostics = try basicLinter.lint(source, format: .plain)
        #expect(diagnostics.map(\.ruleID) == ["missing-space-after-punctuation", "missing-space-after-punctuation"])
        let contexts = diagnostics.map { source.text(TextRange(start: $0.range.start - 7, end: $0.range.end + 3)) }
        #expect(contexts == ["process,the", "ability,and"])
        #expect(diagnostics.allSatisfy { $0.fix?.applicability == .safe })
        let fixed = try Fixer(linter: basicLinter).fix(source, format: .plain)
        let text = fixed.source.contentString
        #expect(text.contains("this process, the official") && text.contains("stability, and cooperation"))
        #expect(fixed.source.bytes.count == source.bytes.count + 2)
        #expect(text.hasSuffix("harmonious whole."))  // no newline added at the end
    }

    @Test(arguments: ["vna-wire-sample.md", "vna-wire-sample.html"])
    func markupVersionsOfTheSampleGiveThePlainTextsFindingsAndFixNoMarkup(name: String) throws {
        let plain = try source("vna-wire-sample.txt")
        let marked = try source(name)
        // A finding may span inline markup (a paragraph with a bold dateline):
        // compare what it says of the prose.
        let inline = try Regex(#"<[^>]*>|\*\*"#)
        func findings(_ source: SourceText, _ format: Document.Format) throws -> [String] {
            try linter.lint(source, format: format).map { "\($0.ruleID): \(source.text($0.range).replacing(inline, with: ""))" }.sorted()
        }
        let format = Document.Format(path: name)
        #expect(try findings(marked, format) == findings(plain, .plain))
        let fixed = try Fixer(linter: linter).fix(marked, format: format, minimum: .unsafe).source.contentString
        func markup(_ text: String) -> [String] {
            // Tags, link targets and emphasis: what the prose sits in.
            let pattern = try! Regex(#"<[^>]*>|\]\([^)]*\)|\*\*|^# "#).anchorsMatchLineEndings()
            return text.matches(of: pattern).map { String(text[$0.range]) }
        }
        #expect(markup(fixed) == markup(marked.contentString))
        #expect(fixed.contains("Vietnam is willing") && fixed.contains("in compliance with"))
    }

    /// Rules run side by side on a large document find what they find one
    /// after the other.
    @Test func rulesOnAllCoresFindWhatTheyFindInTurn() throws {
        let text = try source("vna-wire-sample.txt").contentString
        let document = try ICUDocumentAnalyzer().analyze(SourceText(String(repeating: text + "\n", count: 4)), format: .plain)
        let inTurn = Linter(rules: BuiltinRules.all, analyzer: ICUDocumentAnalyzer(), parallelThreshold: .max)
        let sideBySide = Linter(rules: BuiltinRules.all, analyzer: ICUDocumentAnalyzer(), parallelThreshold: 0)
        let expected = inTurn.lint(document)
        #expect(expected.count > 50)
        #expect(sideBySide.lint(document) == expected)
    }

    /// On a document of 1 MB or more the word rules make their shared values
    /// on two cores (`JoinCandidate.prepareWordValues`); what they find does
    /// not depend on which core made what, nor on the rules running side by side.
    @Test func wordRulesOnALargeDocumentFindTheSameEachTime() throws {
        let text = try source("vna-wire-sample.txt").contentString
        let large = String(repeating: text + "\n", count: (1 << 20) / text.utf8.count + 1)
        let rules = try ["joined-words", "misspelling"].map { try #require(BuiltinRules.rule(id: $0)) }
        let inTurn = try Linter(rules: rules, analyzer: ICUDocumentAnalyzer(), parallelThreshold: .max)
            .lint(SourceText(large), format: .plain)
        let sideBySide = try Linter(rules: rules, analyzer: ICUDocumentAnalyzer(), parallelThreshold: 0)
            .lint(SourceText(large), format: .plain)
        #expect(inTurn.filter { $0.ruleID == "joined-words" }.count >= 14)
        #expect(sideBySide == inTurn)
    }

    /// A blanked link target is a long run of spaces; it must not make the
    /// line look like a table aligned with spaces and hide a real doubled space.
    @Test func blankedMarkupDoesNotHideADoubledSpace() throws {
        let text = "# Title\n\nThe  minister spoke. Visit [the site](http://a.example/x ,y) <b>now</b>.\n"
        for format in [Document.Format.markdown, .html] {
            let found = try basicLinter.lint(SourceText(text), format: format).filter { $0.ruleID == "doubled-space" }
            #expect(found.map(\.range) == [TextRange(start: 12, length: 2)], "\(format)")
        }
    }

    @Test func sampleArticleHasExactlyOneTypoAndNoNameFlagged() throws {
        let source = try source("vna-wire-sample.txt")
        let spelling = try linter.lint(source, format: .plain).filter { $0.category == .spelling }
        #expect(spelling.map { source.text($0.range) } == ["Pobiburo"])
        #expect(spelling.first?.fix?.edits.map(\.replacement) == ["Politburo"])
        #expect(spelling.first?.fix?.applicability == .safe)
    }

    @Test func sampleArticleHasExactlyItsGluedWordsWithTheRightSplits() throws {
        let source = try source("vna-wire-sample.txt")
        let rule = try #require(BuiltinRules.rule(id: "joined-words"))
        let linter = Linter(rules: [rule], analyzer: ICUDocumentAnalyzer())
        let diagnostics = try linter.lint(source, format: .plain)
        let splits = diagnostics.map { diagnostic -> String in
            var text = Array(source.text(diagnostic.range).utf8)
            for edit in diagnostic.fix!.edits.reversed() {
                text.insert(contentsOf: edit.replacement.utf8, at: edit.range.start - diagnostic.range.start)
            }
            return String(decoding: text, as: UTF8.self)
        }
        #expect(splits == [
            "conflict in", "Son affirmed", "international disputes", "compliance with", "territorial integrity",
            "and continue", "Vietnam is", "Son suggested", "and take", "in Ukraine", "For his", "Regarding recent",
            "safe evacuation", "The two",
        ])
        // Every name in the story stays whole.
        let fixed = try Fixer(linter: linter).fix(source, format: .plain, minimum: .unsafe).source.contentString
        for name in ["Sergey Lavrov", "Bui Thanh Son", "Kherson", "Krasnodar", "Sadykov Timur Sirozhevich",
                     "Nguyen Van Nen", "Nguyen Tung Lam", "Hoang Van Cuong", "Ba Ria – Vung Tau", "Binh Duong"] {
            #expect(fixed.contains(name), "\(name) was changed")
        }
    }

    @Test func sampleArticleHasExactlyOneJoinedPhrase() throws {
        let source = try source("vna-wire-sample.txt")
        let rule = try #require(BuiltinRules.rule(id: "joined-phrase"))
        let diagnostics = try Linter(rules: [rule], analyzer: ICUDocumentAnalyzer()).lint(source, format: .plain)
        #expect(diagnostics.map { source.text($0.range) } == ["inline with"])
        #expect(diagnostics.first?.fix?.edits.map(\.replacement) == ["in line"])
    }

    @Test(arguments: fixtureFiles)
    func fixIsIdempotent(name: String) throws {
        let format = Document.Format(path: name)
        let once = try Fixer(linter: linter).fix(source(name), format: format, minimum: .unsafe)
        let twice = try Fixer(linter: linter).fix(once.source, format: format, minimum: .unsafe)
        #expect(twice.source.bytes == once.source.bytes)
        #expect(twice.fixedCount == 0)
    }
}
