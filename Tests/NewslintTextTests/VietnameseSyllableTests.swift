import NewslintText
import Testing

@Suite struct VietnameseSyllableTests {
    private func syllable(_ word: String) throws -> VietnameseSyllable {
        try #require(VietnameseSyllable(word), "\(word) does not parse")
    }

    private func placed(_ word: String, _ style: ToneStyle) throws -> String {
        VietnameseAlphabet.text(of: try syllable(word).withTone(in: style))
    }

    @Test func lettersComeApartAndBackTogether() throws {
        let letters = try #require(VietnameseAlphabet.letters(of: "Ở"))
        #expect(letters == [VietnameseLetter(base: UInt8(ascii: "o"), modifier: .horn, tone: .hook, isUppercase: true)])
        #expect(VietnameseAlphabet.text(of: try #require(VietnameseAlphabet.letters(of: "Nguyễn"))) == "Nguyễn")
        #expect(VietnameseAlphabet.letters(of: "Đức")?.first?.modifier == .stroke)
        #expect(VietnameseAlphabet.letters(of: "Guðrún") == nil && VietnameseAlphabet.letters(of: "ǎ") == nil)
    }

    @Test(arguments: [
        ("người", "người"), ("rượu", "rượu"), ("hoàn", "hoàn"), ("toán", "toán"), ("huỳnh", "huỳnh"),
        ("ngoài", "ngoài"), ("khuỷu", "khuỷu"), ("mái", "mái"), ("của", "của"), ("già", "già"), ("quý", "quý"),
        ("quốc", "quốc"), ("gì", "gì"), ("hòa", "hòa"), ("thủy", "thủy"), ("khỏe", "khỏe"), ("Ủy", "Ủy"),
    ])
    func oldStylePlacement(word: String, expected: String) throws {
        #expect(try placed(word, .old) == expected)
    }

    @Test func theStylesDifferOnlyInBareOpenOaOeUy() throws {
        for (word, style, expected) in [("hòa", ToneStyle.new, "hoà"), ("hoà", .old, "hòa"), ("thủy", .new, "thuỷ"),
                                        ("Ủy", .new, "Uỷ"), ("khỏe", .new, "khoẻ"), ("hoàn", .new, "hoàn"),
                                        ("quý", .new, "quý"), ("già", .new, "già")] {
            #expect(try placed(word, style) == expected)
        }
        let styles = try ["hòa", "hoà", "hoàn", "mái"].map { try syllable($0).toneStyle }
        #expect(styles == [.old, .new, nil, nil])
    }

    @Test(arguments: [("Trừơng", "Trường"), ("lựơng", "lượng"), ("Qúy", "Quý"), ("gìa", "già"), ("hòan", "hoàn"),
                      ("Nguỹên", "Nguyễn"), ("baỏ", "bảo")])
    func aMisplacedMarkMoves(word: String, expected: String) throws {
        #expect(try syllable(word).isToneMisplaced)
        #expect(try placed(word, .old) == expected)
    }

    @Test func grammarAcceptsRealSyllables() throws {
        for word in ["người", "Nguyễn", "quốc", "giếng", "gì", "nghiêng", "khuya", "Việt", "Nam", "thuở", "oanh", "Phớc",
                     "xoắn", "huấn", "quyết", "kỹ", "ghế", "ngày", "Hà", "Nội", "Đà", "Nẵng", "Sơn", "Bùi", "Thanh"] {
            let parsed = try syllable(word)
            #expect(SyllableGrammar.isValid(parsed), "\(word): \(SyllableGrammar.problems(of: parsed))")
        }
    }

    @Test func grammarRejectsImpossibleOnes() throws {
        #expect(SyllableGrammar.problems(of: try syllable("Viet")).contains(.toneAfterStop))
        #expect(SyllableGrammar.problems(of: try syllable("Viềt")) == [.toneAfterStop])
        #expect(SyllableGrammar.problems(of: try syllable("nghành")) == [.onsetSpelling("ngh")])
        #expect(SyllableGrammar.problems(of: try syllable("Kông")) == [.onsetSpelling("k")])
        #expect(SyllableGrammar.problems(of: try syllable("mươ")) == [.impossibleRhyme("ươ")])
        #expect(VietnameseSyllable("ngườí") == nil, "two tone marks")
        if let email = VietnameseSyllable("email") { #expect(!SyllableGrammar.isValid(email)) }
    }
}
