import NewslintCore
import NewslintRules
import NewslintText
import Testing

/// How sure joined-words is of a split decides whether `fix` applies it:
/// these pin down the evidence that makes a split safe, only offered, or
/// not reported.
@Suite struct JoinedWordsEvidenceTests {
    private func findings(_ text: String) throws -> [(text: String, applicability: Applicability)] {
        let rule = try #require(BuiltinRules.rule(id: "joined-words"))
        let source = SourceText(text)
        return try Linter(rules: [rule], analyzer: ICUDocumentAnalyzer()).lint(source, format: .plain)
            .map { (source.text($0.range), $0.fix!.applicability) }
    }

    @Test func anAcronymAndAWordSplitSafelyWhenTheAcronymIsKnown() throws {
        let result = try findings("The firm handles music artists, TVshows and PR strategies.")
        #expect(result.map(\.text) == ["TVshows"])
        #expect(result.first?.applicability == .safe)
    }

    @Test func aNameGluedToALongerFunctionWordIsOnlyOfferedWithoutTheStorysSupport() throws {
        let alone = try findings("He held talks with Mozambiqueand Angola.")
        #expect(alone.map(\.text) == ["Mozambiqueand"])
        #expect(alone.first?.applicability == .unsafe)
        // A name that comes first needs two uses of its own ("Metlifewill").
        let once = try findings("Aid reached Mozambique on Monday. He held talks with Mozambiqueand Angola.")
        #expect(once.first?.applicability == .unsafe)
        let supported = try findings("Aid reached Mozambique, and Mozambique sent thanks. He held talks with Mozambiqueand Angola.")
        #expect(supported.map(\.text) == ["Mozambiqueand"])
        #expect(supported.first?.applicability == .safe)
    }

    @Test func aContractedEndingStaysWithTheLastWordAndIsReported() throws {
        let source = SourceText("We are confidentthey’ll win, whodoesn't know it? Wecan't stop.")
        let rule = try #require(BuiltinRules.rule(id: "joined-words"))
        let found = try Linter(rules: [rule], analyzer: ICUDocumentAnalyzer()).lint(source, format: .plain)
        #expect(found.map { source.text($0.range) } == ["confidentthey’ll", "whodoesn't", "Wecan't"])
        #expect(found.map(\.message) == [
            "'confidentthey’ll' looks like 'confident they’ll' with the space lost",
            "'whodoesn't' looks like 'who doesn't' with the space lost",
            "'Wecan't' looks like 'We can't' with the space lost",
        ])
        // Contractions and names with an apostrophe are words, not candidates.
        #expect(try findings("They'll say it doesn't matter; we've heard O'Neill's team won't, and I'd agree.").isEmpty)
    }

    @Test func aSurnameTheStoryUsesAloneSplitsANameItGluesTo() throws {
        // A surname the lexicon lacks, alone twice in the story: offered.
        let kolo = try findings("KoloToure's late goal gives hope. Goalscorer Toure was at fault, and we must help Toure.")
        #expect(kolo.map(\.text) == ["KoloToure"])
        #expect(kolo.first?.applicability == .unsafe)
        // Once alone is not enough.
        #expect(try findings("KoloToure's late goal gives hope. Goalscorer Toure was at fault.").isEmpty)
        // A given name and a surname stay two words even written glued twice.
        let depp = try findings("JohnnyDepp: the outlaw. JohnnyDepp, whose latest role was Barrie, is a star. Later Depp has become a draw.")
        #expect(depp.map(\.text) == ["JohnnyDepp", "JohnnyDepp"])
        #expect(depp.allSatisfy { $0.applicability == .safe })
        // Not when the surname is a common word: a brand written twice.
        #expect(try findings("MiraLab makes avatars. MiraLab said the Lab will grow. It hired staff for Lab work.").isEmpty)
    }

    @Test func namesEndingInShortFunctionWordsStayWhole() throws {
        #expect(try findings("The panel heard Gallin, Pointon, Dragan, Banderas and Southan.").isEmpty)
    }

    @Test func aTitleBeforeAnUnknownNameSplitsSafely() throws {
        let result = try findings("It marked the end of MrKhatami's second term.")
        #expect(result.map(\.text) == ["MrKhatami"])
        #expect(result.first?.applicability == .safe)
    }

    @Test func aGivenNameAndACommonWordNeedTheSurnameAloneInTheStory() throws {
        #expect(try findings("TonyHunter led the protest.").isEmpty)
        let supported = try findings("TonyHunter led the protest. Later Hunter said it had worked.")
        #expect(supported.map(\.text) == ["TonyHunter"])
        #expect(supported.first?.applicability == .safe)
    }

    @Test func aWeakSplitOfAWordOneSlipFromAWordIsLeftToTheSpellingRule() throws {
        // "mana her" and "at ding" would pass on their scores alone.
        #expect(try findings("The team manaher said no. He is atding more staff.").isEmpty)
        // A strong split is reported whatever words lie near it.
        #expect(try findings("The cat sat inthe hat.").map(\.text) == ["inthe"])
    }

    @Test func productNamesWithASmallLetterPrefixStayWhole() throws {
        #expect(try findings("It runs freeBSD and openSUSE and reads microSD cards.").isEmpty)
    }

    @Test func aProperNounGluedToAWordIsOfferedButNotAfterAGivenName() throws {
        // "London" and "Iraq" are counted by the lexicon as "london" and
        // "iraq"; SCOWL writes them only capitalised.
        let glued = try findings("A media conference in Londonheard the plan after the Iraqwar ended.")
        #expect(glued.map(\.text) == ["Londonheard", "Iraqwar"])
        #expect(glued.allSatisfy { $0.applicability == .unsafe })
        // After a given name it is a surname ("Myers" + "cough"); a given
        // name starts surnames itself ("Dave" + "port"); names end in short
        // words ("Perak" + "is").
        #expect(try findings("They beat Carl Myerscough and Diane Allahgreen, Daveport and Perakis.").isEmpty)
    }

    @Test func aMixedCaseWordRecursOnlyAsItselfNotThroughAnotherCasing() throws {
        // A glued "theworld" elsewhere does not make "TheWorld" a brand.
        let result = try findings("He reports for TheWorld, with news from theworld of rap.")
        #expect(result.map(\.text) == ["TheWorld", "theworld"])
        // Written twice as itself, it is one.
        #expect(try findings("RipGuard works. RipGuard can be updated, Rip Guard's makers say.").isEmpty)
    }

    @Test func aProperNounInSmallLettersThatReadsAsACommonPairIsTwoWords() throws {
        // "Bethe", "Togo" and "Avery" are names; "bethe", "togo" and
        // "avery" are "be the", "to go" and "a very" glued.
        let result = try findings("It will bethe first time we togo there, avery long trip.")
        #expect(result.map(\.text) == ["bethe", "togo", "avery"])
        #expect(try findings("Arthur Ashe met Hans Bethe in Togo with Tex Avery.").isEmpty)
    }

    @Test func aNameThatReadsAsACommonPairAtASentenceStartIsOnlyOffered() throws {
        // "Weare" is a town in New Hampshire; before a small-letter word at a
        // sentence start it is "We are".
        let result = try findings("Weare going home. Ina few years it will be done.")
        #expect(result.map(\.text) == ["Weare", "Ina"])
        #expect(result.allSatisfy { $0.applicability == .unsafe })
        #expect(try findings("Weare, a town, voted. Ina Garten cooked. They met in Weare on Monday.").isEmpty)
    }

    @Test func aFixtureWithItsVGluedToTheFirstTeamIsOffered() throws {
        let result = try findings("Results: Oldhamv Hull was postponed.")
        #expect(result.map(\.text) == ["Oldhamv"])
        #expect(result.first?.applicability == .unsafe)
        // Not before a small-letter word, nor after a word that is no name.
        #expect(try findings("Results: Oldhamv was postponed. The Cleverv Hull ran.").isEmpty)
    }

    @Test func aNameTheStoryUsesTwiceGluedToAnInflectedWordSplits() throws {
        let result = try findings("Mr Pountney said no, and Pountney left. But Pountneycannot stay, and Pountneywalked out.")
        #expect(result.map(\.text) == ["Pountneycannot", "Pountneywalked"])
        // Used once, the name may end that way.
        #expect(try findings("Mr Pountney said no. But Pountneywalked out.").isEmpty)
    }

    @Test func aNameOfSeveralWordsGluedToTheNextWordIsOffered() throws {
        // "new york" is a very common pair; "York" alone is also a word.
        let result = try findings("Oil rose in New Yorklight trading.")
        #expect(result.map(\.text) == ["Yorklight"])
        #expect(result.first?.applicability == .unsafe)
    }

    @Test func aDoubledFunctionWordAndAnArticleBeforeALongWordSplit() throws {
        #expect(try findings("The regulator said thethe plan was a deal in arenminbi terms.").map(\.text) == ["thethe", "arenminbi"])
        // Reduplication stays whole, and a misspelling is the spelling rule's.
        #expect(try findings("He said hehe and bonbon. It fed an adiction to games.").isEmpty)
    }

    @Test func aQuotationOpensASentenceAndAnAcronymTakesAShortWordAfterNames() throws {
        // After 'wrote: "' the splitter sees no new sentence; the quotation starts one.
        let quoted = try findings("The chairman wrote: \"Itis in the country's interest.\" Then GMhad to pay.")
        #expect(quoted.map(\.text) == ["Itis", "GMhad"])
        // Mid-sentence, a pronoun before a two-letter word may be a name ("Wein").
        #expect(try findings("They met Itis and Wein on Monday.").isEmpty)
    }

    @Test func aGivenNameGluedToAMcSurnameIsTwoNames() throws {
        let result = try findings("Rangers manager AlexMcLeish said so.")
        #expect(result.map(\.text) == ["AlexMcLeish"])
        #expect(result.first?.applicability == .unsafe)
        // A surname with "Mac" stays whole: MacLaine is no given name and a name.
        #expect(try findings("They saw Shirley MacLaine and Paul McCartney.").isEmpty)
    }

    @Test func theArticleGluedToACapitalisedWordOrAnAcronymIsTwoWords() throws {
        #expect(try findings("He is aRussian citizen who bought aDVD.").map(\.text) == ["aRussian", "aDVD"])
        // Brands start with another small letter.
        #expect(try findings("She sold an iPhone on eBay and an eReader.").isEmpty)
    }

    @Test func twoWordsOfAPlacesNameSplitSafelyButBrandsStayWhole() throws {
        let result = try findings("He flew to HongKong, then to NewZealand, and wrote about HongKong again.")
        #expect(result.map(\.text) == ["HongKong", "NewZealand", "HongKong"])
        #expect(result.allSatisfy { $0.applicability == .safe })
        #expect(try findings("They played PlayStation and GameCube at HarperCollins.").isEmpty)
    }

    @Test func anInitialGluedToASurnameSplitsSafelyInALineUpOnly() throws {
        let result = try findings("Replacements: D Bell (Bath), SBorthwick (Bath), A Hazell (Gloucester).")
        #expect(result.map(\.text) == ["SBorthwick"])
        #expect(result.first?.applicability == .safe)
        // One initial nearby is no line-up.
        #expect(try findings("Shares in SBorthwick rose, said J Smith.").isEmpty)
    }

    @Test func anAcronymTheStoryUsesGluedToACapitalisedWordIsOffered() throws {
        let result = try findings("The BBC asked him. He told BBCRadio 4 the plan was dead.")
        #expect(result.map(\.text) == ["BBCRadio"])
        #expect(result.first?.applicability == .unsafe)
        #expect(try findings("He told BBCRadio 4 the plan was dead.").isEmpty)
    }

    @Test func twoCapitalisedWordsOfAVeryCommonPairAreOffered() throws {
        let result = try findings("The PrimeMinister spoke on Monday.")
        #expect(result.map(\.text) == ["PrimeMinister"])
        #expect(result.first?.applicability == .unsafe)
        // A pair English writes less often is a brand's name.
        #expect(try findings("He bought a PowerBook and a GameCube.").isEmpty)
    }

    @Test func aCapitalisedWordGluedToAPastTenseVerbOrALongWordIsOffered() throws {
        let result = try findings("A spokesman for the Departmentadded that it was sound. He said so on the Todayprogramme.")
        #expect(result.map(\.text) == ["Departmentadded", "Todayprogramme"])
        #expect(result.allSatisfy { $0.applicability == .unsafe })
        // A shorter word after it may end a name: "Committeeman", "Blackwood".
        #expect(try findings("He met the Committeeman in Blackwood.").isEmpty)
    }

    @Test func thePronounGluedToAmOrToAVerbBeforeNotIsTwoWords() throws {
        // Not in a quotation, where a fix is only offered.
        let result = try findings("It was close. Idon't believe it, he said. I think Iam ready.")
        #expect(result.map(\.text) == ["Idon't", "Iam"])
        #expect(result.first?.applicability == .safe)
        // "Ido" is a language, and "Iam" before a capital a name.
        #expect(try findings("Ido is a language. Iam Tongi sang.").isEmpty)
    }

    @Test func thePronounBeforeWontAndCantIsSplitOnceWithItsWholeVerb() throws {
        // "won't" and "can't" keep their "n": "Iwon" (a name) and "Ican".
        let source = SourceText("It was hard. Iwon't go. Ican't go.")
        let rule = try #require(BuiltinRules.rule(id: "joined-words"))
        let found = try Linter(rules: [rule], analyzer: ICUDocumentAnalyzer()).lint(source, format: .plain)
        #expect(found.map(\.message) == [
            "'Iwon't' looks like 'I won't' with the space lost", "'Ican't' looks like 'I can't' with the space lost",
        ])
    }

    @Test func aWordOneLetterFromAPieceOfItsSplitIsNoTypo() throws {
        // "Iseek" is one letter from "seek" only because "I" is glued on.
        #expect(try findings("He said it. Iseek peace, he added.").map(\.text) == ["Iseek"])
        // "adiction" is one letter from "addiction" too: left to misspelling.
        #expect(try findings("He fought an adiction for years.").isEmpty)
    }
}
