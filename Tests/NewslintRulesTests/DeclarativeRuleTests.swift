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

    /// Phrases are found through a filter of one-word phrases and of the
    /// first two words of longer ones: a one-word phrase and a longer one
    /// with the same first word are both found, in any case, up to the last
    /// token of the text, and a first word alone does not start the longer.
    @Test func phrasesSharingAFirstWordAreAllFound() throws {
        let yaml = """
            rules:
              - id: more-phrases
                kind: existence
                category: style
                summary: more
                phrases: ["moreover", "more unique", "more or less"]
                examples:
                  triggering: ["it is ⟦more unique⟧"]
                  non_triggering: ["it is unique"]
            """
        let rules = DeclarativeRuleSet(specs: try DeclarativeRuleLoader.load(yaml: yaml, file: "house.yml")).rules
        let linter = Linter(rules: rules, analyzer: ICUDocumentAnalyzer())
        let text = "Moreover, it is More Unique. More was said, more or less, and more. It is more unique"
        let found = try linter.lint(SourceText(text), format: .plain)
        let bytes = Array(text.utf8)
        #expect(found.map { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) }
                == ["Moreover", "More Unique", "more or less", "more unique"])
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

    /// Paragraph `number` of twenty made-up words that no other number's
    /// paragraph shares.
    private static func distinctParagraph(_ number: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        func word(_ number: Int) -> String {
            var number = number, text = ""
            repeat { text.append(letters[number % 26]); number /= 26 } while number > 0
            return text
        }
        return (0..<20).map { word(number * 20 + $0 + 1_000) }.joined(separator: " ") + "."
    }

    /// A long story (thousands of distinct 3-grams, spread over many
    /// partitions of the repetition finder's postings): a paragraph pasted
    /// again within a story's length is found, one pasted again far later
    /// (another story of an archive) is not.
    @Test func repeatedParagraphIsFoundInALongDocument() throws {
        let rule = try #require(BuiltinRules.all.first { $0.metadata.id == "repeated-paragraph" })
        var paragraphs = (0..<600).map(Self.distinctParagraph)
        paragraphs.insert(paragraphs[500], at: 520)  // 20 paragraphs later
        paragraphs.insert(paragraphs[10], at: 590)  // past the window
        let text = paragraphs.joined(separator: "\n")
        let document = try ICUDocumentAnalyzer().analyze(SourceText(text), format: .plain)
        let found = rule.check(document)
        let start = paragraphs[..<520].reduce(0) { $0 + $1.utf8.count + 1 }
        #expect(found.map(\.range) == [TextRange(start: start, length: paragraphs[520].utf8.count)])
    }

    /// A paragraph whose 3-grams more than 16 earlier paragraphs have is
    /// boilerplate: of twenty copies, the second to the seventeenth are
    /// reported, each as a repeat of the copy before it, and the rest not.
    @Test func aParagraphRepeatedMoreThanSixteenTimesIsBoilerplate() throws {
        let rule = try #require(BuiltinRules.all.first { $0.metadata.id == "repeated-paragraph" })
        let boilerplate = "The ministry said the bridge over the river would reopen to traffic next month after repairs were finished."
        let paragraphs = (0..<20).flatMap { [boilerplate, Self.distinctParagraph($0)] }
        let text = paragraphs.joined(separator: "\n")
        let source = try SourceText(text)
        let document = try ICUDocumentAnalyzer().analyze(source, format: .plain)
        let lines = rule.check(document).map { source.location(of: $0.range.start).line }
        #expect(lines == Array(stride(from: 3, through: 33, by: 2)))
    }
}
