import Foundation
import NewslintCore
import NewslintRules
import NewslintText
import Testing

@Suite struct DeclarativeRuleTests {
    static let rulesFolder = FixtureTests.fixtures.deletingLastPathComponent().appendingPathComponent("Rules")

    /// Every Rules/*.yml but the entity registry (which has its own loader
    /// and tests) is a rule file, and compiled in.
    @Test func everyRuleFileIsCompiledIn() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.rulesFolder.path)
            .filter { $0.hasSuffix(".yml") && $0 != EntityRegistry.fileName }
        #expect(Set(DeclarativeRuleSet.embeddedFiles().map(\.name)) == Set(onDisk),
                "add the file to Sources/CNewslintData/newslint_data.c")
        #expect(DeclarativeRuleSet.builtin.specs.count >= 40)
    }

    private func load(_ yaml: String) -> DeclarativeRuleError? {
        do {
            _ = try DeclarativeRuleLoader.load(yaml: yaml, file: "house.yml")
            return nil
        } catch {
            return error
        }
    }

    private let valid = """
        rules:
          - id: no-alright
            kind: substitution
            category: spelling
            summary: alright
            swap:
              alright: all right
            examples:
              triggering: ["it is ⟦alright⟧"]
              non_triggering: ["all right"]
        """

    @Test func aValidFileLoads() throws {
        let specs = try DeclarativeRuleLoader.load(yaml: valid, file: "house.yml")
        #expect(specs.map(\.id) == ["no-alright"])
    }

    @Test func errorsNameTheFileTheLineAndTheProblem() throws {
        let unknownKey = try #require(load(valid.replacingOccurrences(of: "    summary: alright", with: "    summary: alright\n    colour: red")))
        #expect(unknownKey.description.hasPrefix("house.yml:6: unknown key 'colour'"), "\(unknownKey)")
        let badYAML = try #require(load("rules:\n  - id: [unclosed\n"))
        #expect(badYAML.description.hasPrefix("house.yml:") && badYAML.description.contains("not valid YAML"), "\(badYAML)")
        let wrongType = try #require(load(valid.replacingOccurrences(of: "swap:\n      alright: all right", with: "swap: [alright]")))
        #expect(wrongType.description.contains("'swap' must be a mapping"), "\(wrongType)")
        let unknownKind = try #require(load(valid.replacingOccurrences(of: "kind: substitution", with: "kind: spellcheck")))
        #expect(unknownKind.description == "house.yml:3: unknown kind 'spellcheck' (existence, substitution, capitalization, consistency, repetition)")
        let noExamples = try #require(load(valid.replacingOccurrences(of: "    examples:\n      triggering: [\"it is ⟦alright⟧\"]\n      non_triggering: [\"all right\"]", with: "")))
        #expect(noExamples.description.contains("a rule needs 'examples'"), "\(noExamples)")
        let badCategory = try #require(load(valid.replacingOccurrences(of: "category: spelling", with: "category: grammar")))
        #expect(badCategory.description.contains("unknown category 'grammar'"))
    }

    @Test func consistencyKeepsTheFormUsedFirst() throws {
        let rule = try #require(BuiltinRules.rule(id: "place-name-consistency"))
        let linter = Linter(rules: [rule], analyzer: ICUDocumentAnalyzer())
        let found = try linter.lint(SourceText("Ha Noi said. Hanoi agreed and Ha Noi left."), format: .plain)
        #expect(found.map(\.message) == ["'Hanoi' is written 'Ha Noi' earlier in this story"])
    }

    @Test func theSampleReportsHCMCityBesideHoChiMinhCityAndItsRepeatedLead() throws {
        let sample = try SourceText(bytes: [UInt8](Data(contentsOf: FixtureTests.fixtures.appendingPathComponent("vna-wire-sample.txt"))))
        let rules = DeclarativeRuleSet.builtin.rules
        let found = try Linter(rules: rules, analyzer: ICUDocumentAnalyzer()).lint(sample, format: .plain)
        #expect(Set(found.filter { $0.ruleID == "place-name-consistency" }.map { sample.text($0.range) }) == ["HCM City"])
        let repeated = found.filter { $0.ruleID == "repeated-paragraph" }
        #expect(repeated.map { sample.location(of: $0.range.start).line } == [4])
        #expect(repeated.first?.message == "this paragraph repeats the one at line 2")
        #expect(Set(found.map(\.ruleID)) == ["place-name-consistency", "repeated-paragraph"])

        // The style rules together (issue 6's target): the repeated lead, the
        // mixed apostrophes and HCM City, nothing else.
        let style = rules + [try #require(BuiltinRules.rule(id: "mixed-apostrophes"))]
        let all = try Linter(rules: style, analyzer: ICUDocumentAnalyzer()).lint(sample, format: .plain)
        #expect(Set(all.map(\.ruleID)) == ["place-name-consistency", "repeated-paragraph", "mixed-apostrophes"])
        #expect(all.filter { $0.ruleID == "mixed-apostrophes" }.allSatisfy { sample.text($0.range) == "'" })
    }
}
