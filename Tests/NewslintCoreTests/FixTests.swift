import NewslintCore
import Testing

@Suite struct FixApplierTests {
    private func diagnostic(_ edits: [Edit], _ applicability: Applicability = .safe, rule: String = "r") -> Diagnostic {
        Diagnostic(ruleID: rule, category: .style, severity: .warning, range: edits[0].range,
                   message: "m", fix: Fix(edits: edits, applicability: applicability))
    }

    @Test func appliesEditsAndCopiesEverythingElse() {
        let bytes = Array("\u{FEFF}ab cd\r\nef".utf8)
        let fixes = [
            diagnostic([.insert(" ", at: 5)]),  // after "ab"
            diagnostic([Edit(range: TextRange(start: 6, end: 8), replacement: "CD")]),
        ]
        let (output, applied) = FixApplier.apply(fixes, to: bytes, minimum: .safe)
        #expect(String(decoding: output, as: UTF8.self) == "\u{FEFF}ab  CD\r\nef")
        #expect(applied.count == 2)
    }

    @Test func skipsAFixThatConflictsWithAnEarlierOne() {
        let bytes = Array("abcdef".utf8)
        let first = diagnostic([Edit(range: TextRange(start: 1, end: 4), replacement: "X")], rule: "a")
        let second = diagnostic([Edit(range: TextRange(start: 3, end: 5), replacement: "Y")], rule: "b")
        let (output, applied) = FixApplier.apply([second, first], to: bytes, minimum: .safe)
        #expect(String(decoding: output, as: UTF8.self) == "aXef")
        #expect(applied.map(\.ruleID) == ["a"])
    }

    @Test func aFixIsAppliedWholeOrNotAtAll() {
        let bytes = Array("abcdef".utf8)
        let blocker = diagnostic([Edit(range: TextRange(start: 0, end: 1), replacement: "A")], rule: "a")
        let pair = diagnostic([Edit(range: TextRange(start: 0, end: 1), replacement: "Z"),
                               Edit(range: TextRange(start: 5, end: 6), replacement: "Z")], rule: "b")
        let (output, _) = FixApplier.apply([blocker, pair], to: bytes, minimum: .safe)
        #expect(String(decoding: output, as: UTF8.self) == "Abcdef")
    }

    @Test func honoursApplicability() {
        let bytes = Array("abc".utf8)
        let fixes = [
            diagnostic([Edit(range: TextRange(start: 0, end: 1), replacement: "S")], .safe),
            diagnostic([Edit(range: TextRange(start: 1, end: 2), replacement: "U")], .unsafe),
            diagnostic([Edit(range: TextRange(start: 2, end: 3), replacement: "D")], .displayOnly),
        ]
        #expect(String(decoding: FixApplier.apply(fixes, to: bytes, minimum: .safe).bytes, as: UTF8.self) == "Sbc")
        #expect(String(decoding: FixApplier.apply(fixes, to: bytes, minimum: .unsafe).bytes, as: UTF8.self) == "SUc")
    }
}

@Suite struct FixerTests {
    @Test func fixesToAFixpointAndKeepsBOMAndCRLF() throws {
        let linter = Linter(rules: [ColourRule()], analyzer: SpaceSplittingAnalyzer())
        let source = try SourceText(bytes: Array("\u{FEFF}colour\r\nthe colour".utf8))
        let outcome = try Fixer(linter: linter).fix(source, format: .plain)
        #expect(outcome.source.contentString == "color\r\nthe color")
        #expect(outcome.source.hasByteOrderMark)
        #expect(outcome.fixedCount == 2)
        #expect(outcome.remaining.isEmpty)
        let again = try Fixer(linter: linter).fix(outcome.source, format: .plain)
        #expect(again.source.bytes == outcome.source.bytes)
        #expect(again.fixedCount == 0)
    }

    @Test func anEditThatWouldMakeAZeroWidthNoBreakSpaceABOMWaits() throws {
        let linter = Linter(rules: [LeadingTildeRule(), ColourRule()], analyzer: SpaceSplittingAnalyzer())
        let source = SourceText("~\u{FEFF} colour")
        let outcome = try Fixer(linter: linter).fix(source, format: .plain)
        // The other fix is made; the one at the start is left reported.
        #expect(outcome.source.bytes == Array("~\u{FEFF} color".utf8))
        #expect(!outcome.source.hasByteOrderMark)
        #expect(outcome.remaining.map(\.ruleID) == ["test-leading-tilde"])
        // With a byte-order mark already there, the start is after it and may change.
        let marked = try Fixer(linter: linter).fix(try SourceText(bytes: Array("\u{FEFF}~ colour".utf8)), format: .plain)
        #expect(marked.source.contentString == " color")
    }

    @Test func refusesAFixThatNeverSettles() {
        let linter = Linter(rules: [GrowingRule()], analyzer: SpaceSplittingAnalyzer())
        #expect(throws: FixError.didNotConverge(passes: 4)) {
            try Fixer(linter: linter, maxPasses: 4).fix(SourceText("word"), format: .plain)
        }
    }

    @Test func severityOverridesApply() throws {
        let linter = Linter(rules: [ColourRule()], analyzer: SpaceSplittingAnalyzer(),
                            severityOverrides: ["test-colour": .error])
        let diagnostics = try linter.lint(SourceText("colour"), format: .plain)
        #expect(diagnostics.map(\.severity) == [.error])
    }
}

@Suite struct LinterTests {
    @Test func aRuleYieldsWhereTheRuleItDefersToReportsTheSameWords() throws {
        let rules: [any Rule] = [
            LongWordRule(id: "short", length: 3, yieldsTo: ["long"]), LongWordRule(id: "long", length: 6),
        ]
        let linter = Linter(rules: rules, analyzer: SpaceSplittingAnalyzer())
        let found = try linter.lint(SourceText("cat badger mongoose ox emu"), format: .plain)
        #expect(found.map(\.ruleID) == ["short", "long", "long", "short"])
        #expect(found.map(\.range.start) == [0, 4, 11, 23])
    }

    @Test func withNoRuleToYieldToEveryFindingStays() throws {
        let linter = Linter(rules: [LongWordRule(id: "short", length: 3, yieldsTo: ["long"])], analyzer: SpaceSplittingAnalyzer())
        let found = try linter.lint(SourceText("cat badger mongoose"), format: .plain)
        #expect(found.count == 3)
    }
}

@Suite struct EditorialMarkTests {
    private let linter = Linter(rules: [ColourRule()], analyzer: SpaceSplittingAnalyzer())

    @Test func aFixInsideAQuotationIsNeverSafe() throws {
        let found = try linter.lint(SourceText("the colour and “a colour he said” and \" colour \" too"), format: .plain)
        #expect(found.map { $0.fix?.applicability } == [.safe, .unsafe, .unsafe])
        #expect(found[1].message.contains("inside a quotation"))
    }

    @Test func sicAndStetKeepAWordAsWritten() throws {
        let found = try linter.lint(SourceText("the colour [sic] and the colour [stet] and the colour"), format: .plain)
        #expect(found.map(\.range.start) == [47])
    }

    @Test func aDirectiveSilencesTheNextLine() throws {
        let text = "colour\nnewslint-disable-next-line test-colour\ncolour here\ncolour again\nnewslint-disable-next-line other-rule\ncolour"
        let found = try linter.lint(SourceText(text), format: .plain)
        #expect(found.map { SourceText(text).location(of: $0.range.start).line } == [1, 4, 6])
    }
}
