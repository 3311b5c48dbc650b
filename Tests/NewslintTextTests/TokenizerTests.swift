import NewslintCore
@testable import NewslintText
import Testing

@Suite struct TokenizerTests {
    private func analyze(_ text: String) throws -> Document {
        try ICUDocumentAnalyzer().analyze(SourceText(text), format: .plain)
    }

    private func words(_ document: Document) -> [String] {
        document.tokens.filter { $0.kind == .word }.map { document.text($0) }
    }

    @Test func tokensCoverTheContentWithoutGaps() throws {
        let document = try analyze("FM Sonaffirmed Vietnam’s stance, 3.5 per cent – U.S. e-mail 🇻🇳!")
        var offset = 0
        for token in document.tokens {
            #expect(token.range.start == offset)
            offset = token.range.end
        }
        #expect(offset == document.bytes.count)
    }

    @Test func kindsFollowICURuleStatus() throws {
        let document = try analyze("Bùi said 3.5, 🇻🇳 ok")
        let kinds = document.tokens.map { "\(document.text($0))|\($0.kind.rawValue)" }
        #expect(kinds == ["Bùi|word", " |whitespace", "said|word", " |whitespace", "3.5|number", ",|punctuation",
                          " |whitespace", "🇻🇳|other", " |whitespace", "ok|word"])
    }

    @Test func vietnameseNFCAndNFDAreOneWordEach() throws {
        let nfc = try analyze("Bùi Thanh Sơn ở Việt Nam")
        #expect(words(nfc) == ["Bùi", "Thanh", "Sơn", "ở", "Việt", "Nam"])
        let nfdText = "Bu\u{0300}i Thanh So\u{031B}n o\u{031B}\u{0309} Vie\u{0323}\u{0302}t Nam"
        let nfd = try analyze(nfdText)
        #expect(words(nfd).count == 6)
        // Ranges are bytes of the original: "Vie\u{0323}\u{0302}t" is 3 + 2 + 2 + 1 bytes.
        let viet = try #require(nfd.tokens.first { nfd.text($0).utf8.starts(with: "Vie".utf8) })
        #expect(viet.range.length == 8)
        #expect(nfd.text(viet) == "Vie\u{0323}\u{0302}t")
    }

    @Test func thaiIsSplitByDictionary() throws {
        let document = try analyze("ภาษาไทยง่ายนิดเดียว")
        #expect(words(document).count >= 4)
        #expect(words(document).joined() == "ภาษาไทยง่ายนิดเดียว")
    }

    @Test func emojiAreNotWords() throws {
        let document = try analyze("👨‍👩‍👧 family")
        #expect(document.tokens.first?.kind == .other)
        #expect(document.text(document.tokens[0]) == "👨‍👩‍👧")
        #expect(words(document) == ["family"])
    }

    @Test func crlfIsWhitespace() throws {
        let document = try analyze("one\r\ntwo")
        #expect(document.tokens.map(\.kind) == [.word, .whitespace, .word])
        #expect(document.text(document.tokens[1]) == "\r\n")
    }

    @Test func byteOrderMarkIsNotTokenized() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Hanoi (VNA)".utf8))
        let document = try ICUDocumentAnalyzer().analyze(source, format: .plain)
        #expect(document.tokens.first?.range.start == 3)
        #expect(document.text(document.tokens[0]) == "Hanoi")
    }

    @Test func gluedWordsStayWholeAsICUDoes() throws {
        // ICU has no dictionary for Latin script: splitting is newslint's job.
        #expect(words(try analyze("conflictin internationaldisputes")) == ["conflictin", "internationaldisputes"])
    }

    @Test func sentencesCoverTheContent() throws {
        let document = try analyze("Hanoi (VNA) – Talks began. They ended well! Did they?")
        let sentences = document.sentences.map { document.text($0) }
        #expect(sentences == ["Hanoi (VNA) – Talks began. ", "They ended well! ", "Did they?"])
    }

    @Test func emptyTextHasNoTokens() throws {
        let document = try analyze("")
        #expect(document.tokens.isEmpty)
    }
}

@Suite struct NormalizationTests {
    @Test func detectsAndComposesNFD() {
        let nfd = "Vie\u{0323}\u{0302}t Nam"
        #expect(!UnicodeNormalization.isNFC(Array(nfd.utf8)))
        #expect(UnicodeNormalization.isNFC(Array("Việt Nam".utf8)))
        let composed = UnicodeNormalization.nfc(nfd)
        #expect(Array(composed.utf8) == Array("Việt Nam".utf8))
        #expect(composed.utf8.count == 10)
    }

    /// The characters the NFC check passes without ICU: ICU must agree that
    /// each is NFC alone and after a letter (so none composes with what
    /// precedes it), and text with anything else must go to ICU.
    @Test func charactersPassedWithoutICUAreNFCByICU() {
        let stable = Array(0x80..<0x300) + Array(0x1E00..<0x1F00) + Array(0x2010..<0x2028)
        for value in stable {
            let scalar = Unicode.Scalar(UInt32(value))!
            for text in ["\(Character(scalar))", "a\(Character(scalar))", "Ư\(Character(scalar))"] {
                let bytes = Array(text.utf8)
                let passed = bytes.withUnsafeBufferPointer(UnicodeNormalization.isStableRun)
                let icu = bytes.withUnsafeBufferPointer(UnicodeNormalization.icuIsNFC)
                #expect(passed && icu, "U+\(String(value, radix: 16, uppercase: true)) in \(text)")
            }
        }
        for text in ["Vie\u{0323}\u{0302}t", "a\u{0301}", "\u{2000}", "\u{212B}", "日本", "Ω"] {
            #expect(!Array(text.utf8).withUnsafeBufferPointer(UnicodeNormalization.isStableRun), "\(text)")
        }
        #expect(!UnicodeNormalization.isNFC(Array("x \u{2000} y".utf8)))  // a singleton, left to ICU
        #expect(UnicodeNormalization.isNFC(Array("Thủ tướng – “Hà Nội”… 日本".utf8)))
    }

    @Test func longTextNormalizes() {
        let long = String(repeating: "Đa\u{0300} Na\u{0306}\u{0303}ng ", count: 500)
        let composed = UnicodeNormalization.nfc(long)
        #expect(composed == long)  // canonically equivalent
        #expect(Array(composed.utf8) == Array(String(repeating: "Đà Nẵng ", count: 500).utf8))
    }
}
