import NewslintText
import Testing

@Suite struct LegacyEncodingTests {
    @Test(arguments: [
        ("ViÖt", LegacyEncoding.tcvn3, "Việt"), ("Hµ", .tcvn3, "Hà"), ("Néi", .tcvn3, "Nội"), ("Tr\u{00AD}êng", .tcvn3, "Trường"),
        ("§µ", .tcvn3, "Đà"), ("Vieät", .vni, "Việt"), ("Nguyeãn", .vni, "Nguyễn"), ("Ñaø", .vni, "Đà"), ("Naüng", .vni, "Nẵng"),
        ("ngöôøi", .vni, "người"), ("Vi®t", .viscii, "Việt"), ("Viêòt", .windows1258, "Việt"), ("Sõn", .windows1258, "Sơn"),
    ])
    func decodesWordsReadAsWindows1252(word: String, encoding: LegacyEncoding, expected: String) {
        #expect(LegacyDecoder.decode(word, as: encoding).map(UnicodeNormalization.nfc) == expected)
    }

    @Test func findsUTF8SequencesAmongGenuineCharacters() {
        #expect(LegacyDecoder.utf8Mojibake("Viá»‡t") == "Việt")
        #expect(LegacyDecoder.utf8Mojibake("“Viá»‡t”") == "“Việt”")
        #expect(LegacyDecoder.utf8Mojibake("cafÃ©") == "café")
        #expect(LegacyDecoder.utf8Mojibake("ViÃ¡Â»Â‡t") == "Việt", "broken twice")
        #expect(LegacyDecoder.utf8Mojibake("café, naïve, £5") == nil)
        #expect(LegacyDecoder.utf8Mojibake("ngß¶i") == nil, "a valid sequence, but for a letter no Western copy has")
    }
}

