import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// The rare words joined-phrase reads as two glued together ("fora ban"):
/// where the context decides, and how sure the fix is.
@Suite struct JoinedPhraseTests {
    private func findings(_ source: SourceText) throws -> [Diagnostic] {
        let rule = try #require(BuiltinRules.rule(id: "joined-phrase"))
        return try Linter(rules: [rule], analyzer: ICUDocumentAnalyzer()).lint(source, format: .plain)
    }

    private func findings(_ text: String) throws -> [Diagnostic] { try findings(SourceText(text)) }

    @Test func aRareWordBeforeAContentWordIsTwoWordsAndOnlyOffered() throws {
        let source = SourceText("Firms are opting fora technology. Fora government that lectures, it fails.")
        let found = try findings(source)
        #expect(found.map { source.text($0.range) } == ["fora", "Fora"])
        #expect(found.map(\.message) == [
            "'fora' looks like 'for a' with the space lost", "'Fora' looks like 'For a' with the space lost",
        ])
        #expect(found.allSatisfy { $0.fix?.applicability == .unsafe })
    }

    @Test func theWordItselfStandsBeforeAFunctionWordOrAnAdverb() throws {
        #expect(try findings("They met at international fora and summits, then began anew quickly.").isEmpty)
        #expect(try findings("They began anew.").isEmpty)
    }

    @Test func aWordNeverMeantInNewsIsReportedAnywhere() throws {
        let source = SourceText("There is noway it deserved to win.")
        let found = try findings(source)
        #expect(found.map { source.text($0.range) } == ["noway"])
    }

    /// The token filter reads eight bytes at a time where the text allows,
    /// and the last bytes of a text one by one.
    @Test func aWordIsFoundInAnyCaseUpToTheTextsLastByte() throws {
        let source = SourceText("Noway, they said; nowayS and Nowayward are not it. NoWay")
        let found = try findings(source)
        #expect(found.map { source.text($0.range) } == ["Noway", "NoWay"])
        #expect(try findings("It was noways").isEmpty)
    }
}
