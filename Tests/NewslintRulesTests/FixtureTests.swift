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

    private func source(_ name: String) throws -> SourceText {
        try SourceText(bytes: [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
    }

    @Test func sampleArticleHasExactlyItsTwoMissingSpacesAfterCommas() throws {
        let source = try source("vna-wire-sample.txt")
        let diagnostics = try linter.lint(source, format: .plain)
        #expect(diagnostics.map(\.ruleID) == ["missing-space-after-punctuation", "missing-space-after-punctuation"])
        let contexts = diagnostics.map { source.text(TextRange(start: $0.range.start - 7, end: $0.range.end + 3)) }
        #expect(contexts == ["process,the", "ability,and"])
        #expect(diagnostics.allSatisfy { $0.fix?.applicability == .safe })
        let fixed = try Fixer(linter: linter).fix(source, format: .plain)
        let text = fixed.source.contentString
        #expect(text.contains("this process, the official") && text.contains("stability, and cooperation"))
        #expect(fixed.source.bytes.count == source.bytes.count + 2)
        #expect(text.hasSuffix("harmonious whole."))  // no newline added at the end
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
