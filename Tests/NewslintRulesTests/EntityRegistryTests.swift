import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// Rules/entities.yml: its entries' own tests, and a strict loader.
@Suite struct EntityRegistryTests {
    let linter = Linter(rules: [AbbreviationFirstUseRule()], analyzer: ICUDocumentAnalyzer())

    @Test(arguments: EntityRegistry.builtin.entities.map(\.short))
    func entryTestsPass(short: String) throws {
        let entity = try #require(EntityRegistry.builtin.entities.first { $0.short == short })
        for marked in entity.flagged {
            let (text, expected) = RuleExamples.parseMarked(marked)
            #expect(try linter.lint(SourceText(text), format: .plain).map(\.range) == expected, "\(marked)")
        }
        for text in entity.fine {
            #expect(try linter.lint(SourceText(text), format: .plain).isEmpty, "\(text)")
        }
    }

    @Test(arguments: [
        ("entities:\n  - name: X\n    short: x1\n    expand_first: true\n", "must be two or more capital letters"),
        ("entities:\n  - name: National Assembly\n    short: NA\n    expand_first: true\n    tests: {flagged: [], fine: [a]}\n",
         "needs flagged and fine tests"),
        ("entities:\n  - name: A\n    short: AB\n    expand_first: false\n    colour: red\n", "unknown key 'colour'"),
        ("entities: [", "not valid YAML"),
    ])
    func aBrokenRegistryNamesTheProblem(yaml: String, problem: String) {
        do {
            _ = try EntityRegistry.load(yaml: yaml, file: "entities.yml")
            Issue.record("loaded a broken registry")
        } catch {
            #expect(error.problem.contains(problem), "\(error)")
        }
    }
}
