import NewslintText
import Testing

@Suite struct SpellingSuggesterTests {
    private let suggester = SpellingSuggester()

    @Test func embeddedIndexMatchesTheLists() throws {
        let fingerprint = CorrectionIndexCompiler.fingerprint(
            english: try LexiconTests.read("english.tsv"), vocabulary: try LexiconTests.read("news-vocabulary.txt"))
        #expect(CorrectionIndex.shared.sourceFingerprint == fingerprint,
                "corrections.bin is stale: run `swift run -c release lexicon-compiler`")
        #expect(CorrectionIndex.shared.targetCount > 80_000)
    }

    @Test(arguments: [
        ("Pobiburo", "politburo"), ("goverment", "government"), ("teh", "the"), ("recieve", "receive"),
        ("accomodation", "accommodation"), ("minsiter", "minister"), ("cooperatoin", "cooperation"),
        ("Vietcombnak", "Vietcombank"), ("secretray", "secretary"), ("pokitical", "political"),
    ])
    func likeliestCandidateIsTheWordMeant(typed: String, meant: String) throws {
        let best = try #require(suggester.candidates(for: typed).first)
        #expect(best.text == meant, "\(typed): \(suggester.candidates(for: typed).prefix(3).map(\.text))")
    }

    @Test func candidatesLieWithinTwoEditsAndOneForShortWords() {
        #expect(suggester.candidates(for: "zzzzzzzz").isEmpty)
        #expect(suggester.candidates(for: "tehm").allSatisfy { $0.edits == 1 })
        #expect(suggester.candidates(for: "internatoinal").contains { $0.text == "international" })
    }

    @Test func aSmallIndexFindsWhatAScanWould() throws {
        let english = Array("cat\t10\ncart\t5\ncoat\t3\ndog\t8\nelephant\t6\nelegant\t4\nunseen\t0\n".utf8)
        let vocabulary = "# kind: term\nPolitburo\n# kind: name\nHanoi\n"
        let index = CorrectionIndex(english: english, vocabulary: Array(vocabulary.utf8))
        let small = SpellingSuggester(index: index)
        #expect(Set(small.candidates(for: "cst").map(\.text)) == ["cat"])
        #expect(Set(small.candidates(for: "caot").map(\.text)) == ["cat", "coat", "cart"])
        #expect(small.candidates(for: "elepant").map(\.text) == ["elephant", "elegant"])
        #expect(small.candidates(for: "Poltiburo").map(\.text) == ["Politburo"])
        #expect(small.candidates(for: "Hanio").isEmpty, "names are corrected only from the story")
        #expect(small.candidates(for: "unsen").isEmpty, "a word no corpus counts is never a correction")
    }
}

@Suite struct TypingDistanceTests {
    private func measure(_ typed: String, _ intended: String, limit: Int = 2) -> TypingDistance.Measure? {
        var typed = typed, intended = intended
        return typed.withUTF8 { t in intended.withUTF8 { i in TypingDistance.measure(typed: t, intended: UnsafeRawBufferPointer(i), limit: limit) } }
    }

    @Test func countsEditsAsOptimalStringAlignment() {
        #expect(measure("teh", "the")?.edits == 1)
        #expect(measure("Pobiburo", "Politburo")?.edits == 2)
        #expect(measure("kitten", "sitting") == nil)
        #expect(measure("kitten", "sitting", limit: 3)?.edits == 3)
        #expect(measure("ca", "abc", limit: 3)?.edits == 3, "no letter is edited twice")
        #expect(measure("SAME", "same")?.edits == 0)
    }

    @Test func commonSlipsCostLess() throws {
        let swapped = try #require(measure("minsiter", "minister")).cost
        let doubled = try #require(measure("occurrred", "occurred")).cost
        let neighbour = try #require(measure("pokitical", "political")).cost
        let distant = try #require(measure("pozitical", "political")).cost
        let firstLetter = try #require(measure("xolitical", "political")).cost
        #expect(swapped < neighbour && doubled < neighbour)
        #expect(neighbour < distant && distant < firstLetter)
    }
}
