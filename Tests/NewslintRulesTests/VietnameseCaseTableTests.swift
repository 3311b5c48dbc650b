import Foundation
import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// Fixtures/vietnamese-cases.tsv: every case gets its finding and its fix;
/// every clean case gets nothing from the Vietnamese and Unicode rules.
@Suite struct VietnameseCaseTableTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: Int
        let language: HouseStyle.Language
        let rule: String?
        let input: String
        let expected: String
        var testDescription: String { "line \(line): \(rule ?? "clean") \(input)" }
    }

    static let cases: [Case] = {
        let url = FixtureTests.fixtures.appendingPathComponent("vietnamese-cases.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 4, let language = HouseStyle.Language(rawValue: cells[0]) else { return nil }
            return Case(line: index + 1, language: language, rule: cells[1] == "-" ? nil : cells[1], input: cells[2], expected: cells[3])
        }
    }()

    private func linter(_ language: HouseStyle.Language) -> Linter {
        let rules = BuiltinRules.make(vocabulary: .empty, style: HouseStyle(language: language))
            .filter { [.vietnamese, .unicode].contains($0.metadata.category) }
        return Linter(rules: rules, analyzer: ICUDocumentAnalyzer())
    }

    @Test func theTableIsLargeAndCoversEveryRule() {
        #expect(Self.cases.count >= 200)
        #expect(Self.cases.filter { $0.rule == nil }.count >= 40)
        let rules = Set(Self.cases.compactMap(\.rule))
        #expect(rules.isSuperset(of: ["mojibake", "mixed-tone-style", "misplaced-tone-mark", "lookalike-letter", "mixed-script",
                                      "broken-diacritic", "invalid-syllable", "accented-name-in-english", "mixed-name-forms"]))
    }

    @Test(arguments: cases)
    func caseGivesItsFindingAndFix(_ testCase: Case) throws {
        let linter = linter(testCase.language)
        let source = SourceText(testCase.input)
        let found = try linter.lint(source, format: .plain)
        if let rule = testCase.rule {
            #expect(found.contains { $0.ruleID == rule }, "found: \(found.map { "\($0.ruleID): \($0.message)" })")
        } else {
            #expect(found.isEmpty, "found: \(found.map { "\($0.ruleID): \($0.message)" })")
        }
        let fixed = try Fixer(linter: linter).fix(source, format: .plain).source.contentString
        #expect(fixed == testCase.expected)
    }
}
