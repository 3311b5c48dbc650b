import Foundation
import NewslintText
import Testing

@Suite struct LexiconTests {
    static let dictionaries = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules/dictionaries")

    static func read(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: dictionaries.appendingPathComponent(name)))
    }

    private let lexicon = Lexicon.shared

    @Test func compiledTableMatchesTheLists() throws {
        let compiled = LexiconCompiler.compile(
            english: try Self.read("english.tsv"), names: try Self.read("names.txt"),
            vocabulary: try Self.read("news-vocabulary.txt"))
        #expect(compiled == Lexicon.embeddedTable, "lexicon.bin is stale: run `swift run lexicon-compiler`")
    }

    @Test func ordinaryWordsMatchInAnyCase() {
        for word in ["the", "The", "THE", "evacuation", "organise", "organize", "favourable", "Politburo"] {
            #expect(lexicon.contains(word), "\(word)")
        }
        #expect(!lexicon.contains("conflictin"))
        #expect(!lexicon.contains("Sonaffirmed"))
    }

    @Test func namesMatchAsWrittenOrInCapitals() {
        #expect(lexicon.lookup("Vung")?.kind == .name)
        #expect(lexicon.lookup("VUNG")?.kind == .name)
        #expect(lexicon.lookup("vung") == nil)
        #expect(lexicon.contains("Nguyễn") && lexicon.contains("Vinamilk") && lexicon.contains("Kherson"))
    }

    @Test func costsFollowFrequency() throws {
        let the = try #require(lexicon.lookup("the")).cost
        let evacuation = try #require(lexicon.lookup("evacuation")).cost
        #expect(the < evacuation)
        #expect(evacuation < lexicon.rareCost)
        #expect(abs(try #require(lexicon.lookup("Vung")).cost - lexicon.rareCost) < 0.001)
    }

    @Test func compilesSmallListsWithDuplicatesAndComments() {
        let lexicon = Lexicon(
            english: Array("cat\t100\ndog\t10\nfox\t0\n".utf8), names: Array("Hanoi\nHanoi\n".utf8),
            vocabulary: Array("# comment\nDoi moi\nBa Ria – Vung Tau\n".utf8))
        #expect(lexicon.lookup("CAT") != nil && lexicon.lookup("fox") != nil)
        #expect(lexicon.lookup("Hanoi")?.kind == .name && lexicon.lookup("hanoi") == nil)
        #expect(lexicon.lookup("moi")?.kind == .word && lexicon.lookup("Doi")?.kind == .name)
        #expect(lexicon.lookup("Tau") != nil && lexicon.lookup("–") == nil)
        #expect(lexicon.lookup("cat")!.cost < lexicon.lookup("dog")!.cost)
        #expect(abs(lexicon.lookup("fox")!.cost - lexicon.rareCost) < 0.001)
        #expect(lexicon.lookup("comment") == nil)
    }
}

/// The data files themselves: sorted, unique, NFC — so diffs stay small and
/// lookups on raw bytes are right.
@Suite struct DictionaryHygieneTests {
    private func lines(_ name: String) throws -> [String] {
        String(decoding: try LexiconTests.read(name), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test(arguments: ["english.tsv", "names.txt", "bigrams.tsv"])
    func sortedUniqueAndNFC(name: String) throws {
        let lines = try lines(name)
        #expect(lines.count > 1000)
        let keys = lines.map { $0.split(separator: "\t", maxSplits: 1).first.map(String.init) ?? $0 }
        for (previous, next) in zip(keys, keys.dropFirst()) where !Array(previous.utf8).lexicographicallyPrecedes(Array(next.utf8)) {
            Issue.record("\(name): '\(next)' is out of order or repeated after '\(previous)'")
            break
        }
        let notNFC = lines.filter { !UnicodeNormalization.isNFC(Array($0.utf8)) }
        #expect(notNFC.isEmpty, "\(name): not NFC: \(notNFC.prefix(5))")
    }

    @Test func englishWordsAreLowercaseWithCounts() throws {
        let bad = try lines("english.tsv").filter { line in
            let parts = line.split(separator: "\t")
            return parts.count != 2 || parts[0] != parts[0].lowercased() || Int(parts[1]) == nil
        }
        #expect(bad.isEmpty, "malformed lines: \(bad.prefix(5))")
    }

    @Test func newsVocabularyHasNoDuplicates() throws {
        let entries = try lines("news-vocabulary.txt").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let duplicates = Dictionary(grouping: entries, by: { $0 }).filter { $0.value.count > 1 }.keys
        #expect(duplicates.isEmpty, "repeated: \(duplicates.sorted())")
        #expect(entries.allSatisfy { UnicodeNormalization.isNFC(Array($0.utf8)) })
    }
}

@Suite struct BigramTableTests {
    @Test func findsPairsInAnyCase() {
        let table = BigramTable.shared
        #expect(table.count(Array("the".utf8)[...], Array("two".utf8)[...]) ?? 0 > 0)
        #expect(table.count(Array("For".utf8)[...], Array("HIS".utf8)[...]) ?? 0 > 0)
        #expect(table.count(Array("bright".utf8)[...], Array("mail".utf8)[...]) == nil)
    }

    @Test func findsTheFirstAndLastLinesOfASmallList() {
        let table = BigramTable(list: Array("a b\t5\nab c\t7\nzz top\t9\n".utf8))
        #expect(table.count(Array("a".utf8)[...], Array("b".utf8)[...]) == 5)
        #expect(table.count(Array("ab".utf8)[...], Array("c".utf8)[...]) == 7)
        #expect(table.count(Array("zz".utf8)[...], Array("top".utf8)[...]) == 9)
        #expect(table.count(Array("a".utf8)[...], Array("bc".utf8)[...]) == nil)
        #expect(table.count(Array("zz".utf8)[...], Array("to".utf8)[...]) == nil)
    }
}

@Suite struct WordSegmenterTests {
    private let segmenter = WordSegmenter(lexicon: .shared, joinPenalty: 4)

    private func best(_ word: String) -> String? {
        let letters = Array(word.utf8)
        return segmenter.splits(of: letters).first?.text(of: letters)
    }

    @Test(arguments: [
        ("conflictin", "conflict in"), ("internationaldisputes", "international disputes"),
        ("inUkraine", "in Ukraine"), ("Thetwo", "The two"), ("Sonaffirmed", "Son affirmed"),
        ("safeevacuation", "safe evacuation"),
    ])
    func splitsGluedWords(word: String, expected: String) {
        #expect(best(word) == expected)
    }

    @Test func findsNoSplitOfNonsenseAndNeverTheWholeWord() {
        #expect(best("xqzvbk") == nil)
        let splits = segmenter.splits(of: Array("evacuation".utf8))
        #expect(splits.allSatisfy { $0.pieces.count >= 2 })
    }

    @Test func returnsTwoDistinctSplitsCheapestFirst() {
        let splits = segmenter.splits(of: Array("gameshow".utf8))
        #expect(splits.count == 2)
        #expect(splits[0].cost <= splits[1].cost)
        #expect(splits[0].pieces != splits[1].pieces)
    }

    @Test func adjustmentChangesTheChoice() {
        let letters = Array("gameshow".utf8)
        let preferShow = segmenter.splits(of: letters) { piece, cost in
            String(decoding: piece, as: UTF8.self) == "show" ? 1 : cost
        }
        #expect(preferShow.first?.text(of: letters) == "game show")
    }
}

@Suite struct UserVocabularyTests {
    @Test func lowercaseEntriesMatchAnyCaseCapitalisedOnesAsWritten() {
        let vocabulary = UserVocabulary(list: "# desk names\nvinaxmilk\nPhuoc Long\nVinFast\n\n")
        #expect(vocabulary.contains("Vinaxmilk") && vocabulary.contains("VINAXMILK"))
        #expect(vocabulary.contains("Phuoc") && vocabulary.contains("Long") && !vocabulary.contains("phuoc"))
        #expect(vocabulary.contains("VinFast") && vocabulary.contains("VINFAST") && !vocabulary.contains("vinfast"))
        #expect(!vocabulary.contains("desk") && !vocabulary.contains("#"))
    }

    @Test func commentsMayFollowAnEntry() {
        let vocabulary = UserVocabulary(list: "Sirozhevich   # 14 times in 6 files\n")
        #expect(vocabulary.contains("Sirozhevich") && !vocabulary.contains("14") && !vocabulary.contains("times"))
    }

    @Test func rejectedWordsNameTheirReplacement() {
        let vocabulary = UserVocabulary(accepting: "", rejecting: "Saigon -> Ho Chi Minh City\nkinda\n# note\n")
        #expect(vocabulary.rejection(of: "Saigon") == "Ho Chi Minh City")
        #expect(vocabulary.rejection(of: "saigon") == nil, "an entry with capitals matches as written")
        #expect(vocabulary.rejection(of: "Kinda") == "" && vocabulary.rejection(of: "kinda") == "")
        #expect(vocabulary.rejection(of: "note") == nil && vocabulary.isEmpty && vocabulary.hasRejections)
    }
}

@Suite struct EmbeddedWordSetTests {
    @Test func closedCompoundsHoldCompoundsAndNoGluedPairs() {
        let compounds = EmbeddedWordSet.closedCompounds
        for word in ["barcode", "Dancefloor", "jobseekers", "smartcard"] { #expect(compounds.contains(Array(word.utf8)), "\(word)") }
        // Glued pairs stay out however often web text writes them solid.
        for word in ["upto", "infact", "theworld", "ofthe", "aswell", "conflictin"] { #expect(!compounds.contains(Array(word.utf8)), "\(word)") }
    }

    @Test func listIsReadByKey() {
        let compounds = EmbeddedWordSet(list: Array("barcode\t2.89\nlineout\t2.02\n".utf8))
        #expect(compounds.contains(Array("LINEOUT".utf8)))
        #expect(!compounds.contains(Array("line".utf8)))
        #expect(!compounds.contains(Array("lineouts".utf8)))
    }

    @Test func givenNamesHoldFirstNamesAndNoBrandParts() {
        for name in ["Tony", "deirdre", "Carlos", "Jennifer"] { #expect(EmbeddedWordSet.givenNames.contains(Array(name.utf8)), "\(name)") }
        for word in ["Harper", "Daimler", "Play", "Rip", "Master"] { #expect(!EmbeddedWordSet.givenNames.contains(Array(word.utf8)), "\(word)") }
    }
}
