import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// The misspelling rule on names and evidence, beyond its examples.
@Suite struct MisspellingTests {
    private let linter = Linter(rules: BuiltinRules.all, analyzer: ICUDocumentAnalyzer())

    private func spelling(_ text: String) throws -> [Diagnostic] {
        try linter.lint(SourceText(text), format: .plain).filter { $0.ruleID == "misspelling" }
    }

    /// Names from wire copy of the kind the agency runs: Russian,
    /// Vietnamese, Korean, Arabic, Persian, Turkish, Indonesian, Lao.
    @Test(arguments: [
        "Russian Deputy Foreign Minister Andrey Rudenko met Ambassador Dang Minh Khoi; Dmitry Medvedev, Sergei Shoigu and Maria Zakharova also spoke.",
        "Consul General Sadykov Timur Sirozhevich received Nguyen Thi Thanh Huong and Tran Luu Quang in Krasnodar.",
        "President Yoon Suk-yeol, Foreign Minister Cho Tae-yul and Prime Minister Han Duck-soo visited Busan and Incheon.",
        "Saudi Crown Prince Mohammed bin Salman, Sheikh Tamim bin Hamad Al Thani and Egyptian President Abdel Fattah el-Sisi met.",
        "Iranian Foreign Minister Abbas Araghchi and Turkish President Recep Tayyip Erdogan discussed Gaza with Ayman Safadi.",
        "Indonesian President Prabowo Subianto and Lao Prime Minister Sonexay Siphandone met in Vientiane and Jakarta.",
        "Kazakhstan's Kassym-Jomart Tokayev and Uzbekistan's Shavkat Mirziyoyev signed deals in Astana and Tashkent.",
    ])
    func realNamesAreNotTypos(sentence: String) throws {
        let found = try spelling(sentence)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func aSlipOfANameTheStoryUsesSaysHowOften() throws {
        let found = try spelling("Lavrov spoke first. Then Lavrov answered. Lavrov left. Minister Lavorv returned.")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("'Lavrov', which appears 3 times in this story") == true)
        #expect(found.first?.fix?.applicability == .safe)
    }

    @Test func aNameVariantIsNotASlipOfTheStorysName() throws {
        // Daniela beside Daniel, Neill beside Neil: another person, not a typo.
        #expect(try spelling("Daniel met Neil. Daniel and Neil left; Daniela and Neill stayed.").isEmpty)
    }

    @Test func aCapitalisedWordUsedTwiceIsAName() throws {
        #expect(try spelling("Analysys said so. Later Analysys said more.").isEmpty)
        #expect(try spelling("Later Analysys said more.").count == 1, "once, the list's correction is offered")
    }

    @Test func inflectionsAndCompoundsOfKnownWordsAreLeftAlone() throws {
        #expect(try spelling("The paycuts hit the Osbournes and other bandmates; financials were uncosted.").isEmpty)
    }

    /// "risinga" is "rising a" with the space lost: fixing it to "rising"
    /// would delete the article without a word.
    @Test func aWordWithTheArticleGluedOnIsNotFixedToTheWordAlone() throws {
        #expect(try spelling("Prices were risinga lot last year.").isEmpty)
        #expect(try spelling("Prices were risinng fast.").first?.fix?.edits.first?.replacement == "rising")
    }

    @Test func wordsMentionedInQuotesOrSplitByEntitiesAreLeftAlone() throws {
        #expect(try spelling("the term 'gandula' and the clich&#233; of the caf\u{FFFD}").isEmpty)
    }

    @Test func anUncertainFixIsOnlyShownWithRankedSuggestions() throws {
        let uncertain = try #require(try spelling("they had a good tiem").first)
        #expect(uncertain.fix?.applicability == .displayOnly)
        #expect(uncertain.suggestions == ["time", "item"])
        #expect(uncertain.suggestions.first == uncertain.fix?.edits.first?.replacement)
    }

    @Test func aGluedPairIsJoinedWordsFindingNotATypo() throws {
        let all = try linter.lint(SourceText("He discussed the conflictin Ukraine."), format: .plain)
        #expect(all.map(\.ruleID) == ["joined-words"])
    }

    @Test func caseOfTheCorrectionFollowsTheWord() throws {
        let sentenceStart = try #require(try spelling("Goverment sources said so.").first)
        #expect(sentenceStart.fix?.edits.first?.replacement == "Government")
        #expect(sentenceStart.fix?.applicability == .safe)
    }
}
