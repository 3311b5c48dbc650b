import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// `newslint-disable-next-line`, `newslint-disable` … `newslint-enable`, bare
/// or as HTML comments, and the report of directives that silence nothing.
@Suite struct SuppressionTests {
    let linter = Linter(rules: BuiltinRules.all.filter { ["doubled-space", "repeated-word", "unused-suppression"].contains($0.metadata.id) },
                        analyzer: ICUDocumentAnalyzer())

    func findings(_ text: String, _ format: Document.Format = .plain) throws -> [String] {
        let source = SourceText(text)
        return try linter.lint(source, format: format).map { "\($0.ruleID)@\(source.location(of: $0.range.start).line)" }
    }

    @Test func nextLineSilencesOnlyTheRulesItNamesOnTheNextLine() throws {
        let text = "newslint-disable-next-line doubled-space\nThe two  ministers met the the press.\nThe two  ministers left.\n"
        #expect(try findings(text) == ["repeated-word@2", "doubled-space@3"])
    }

    @Test func aRegionInHTMLCommentsSilencesUntilItsEnable() throws {
        let text = """
            <p>The two  ministers met.</p>
            <!-- newslint-disable doubled-space, repeated-word -->
            <p>The two  ministers met the the press.</p>
            <!-- newslint-enable doubled-space, repeated-word -->
            <p>The two  ministers left.</p>

            """
        #expect(try findings(text, .html) == ["doubled-space@1", "doubled-space@5"])
        let markdown = text.replacing("<p>", with: "").replacing("</p>", with: "")
        #expect(try findings(markdown, .markdown) == ["doubled-space@1", "doubled-space@5"])
    }

    @Test func aRegionWithoutEnableRunsToTheEnd() throws {
        #expect(try findings("The  end.\nnewslint-disable\nThe  end.\n\nThe  end.\n") == ["doubled-space@1"])
    }

    @Test func anUnusedDirectiveIsReportedAndItsLineRemovedByFix() throws {
        let text = "The ministers met.\nnewslint-disable-next-line doubled-space\nThey left.\n"
        let source = SourceText(text)
        let found = try linter.lint(source, format: .plain)
        #expect(found.map(\.ruleID) == ["unused-suppression"])
        #expect(found.first?.message == "unused suppression 'newslint-disable-next-line doubled-space': doubled-space finds nothing where it applies")
        let fixed = try Fixer(linter: linter).fix(source, format: .plain).source.contentString
        #expect(fixed == "The ministers met.\nThey left.\n")
    }

    @Test func aDirectiveAboutRulesThatDidNotRunIsNotJudged() throws {
        #expect(try findings("newslint-disable-next-line misspelling\nThey left.\n").isEmpty)
        let quiet = Linter(rules: BuiltinRules.all.filter { $0.metadata.id == "doubled-space" }, analyzer: ICUDocumentAnalyzer())
        #expect(try quiet.lint(SourceText("newslint-disable-next-line\nThey left.\n"), format: .plain).isEmpty)
    }
}

/// The "./." sign-off under the desk's `sign_off` setting.
@Suite struct SignOffTests {
    func findings(_ text: String, _ signOff: HouseStyle.SignOff?) throws -> (ranges: [TextRange], fixed: String) {
        var style = HouseStyle()
        style.signOff = signOff
        let linter = Linter(rules: [SignOffRule(style: style)], analyzer: ICUDocumentAnalyzer())
        let source = SourceText(text)
        return (try linter.lint(source, format: .plain).map(\.range),
                try Fixer(linter: linter).fix(source, format: .plain).source.contentString)
    }

    @Test func requiredAddsTheSignOffToTheLastLineOnly() throws {
        let text = "First paragraph.\n\nLast paragraph.\n"
        let (ranges, fixed) = try findings(text, .required)
        #expect(ranges == [TextRange(start: 32, length: 1)])
        #expect(fixed == "First paragraph.\n\nLast paragraph./.\n")
        #expect(try findings("Last paragraph./.\n", .required).ranges.isEmpty)
        #expect(try findings(text, nil).ranges.isEmpty)
    }

    @Test func strippedRemovesEverySignOff() throws {
        let (ranges, fixed) = try findings("One story./.\n\nAnother./.\n", .stripped)
        #expect(ranges.count == 2)
        #expect(fixed == "One story.\n\nAnother.\n")
    }

    @Test func aConfigurationSetsIt() throws {
        let configuration = try DeskConfiguration.load(yaml: "sign_off: stripped\n", file: "x.yml", knownRules: [])
        #expect(configuration.style.signOff == .stripped)
        #expect(throws: DeclarativeRuleError.self) {
            try DeskConfiguration.load(yaml: "sign_off: always\n", file: "x.yml", knownRules: [])
        }
    }
}
