import Foundation
import NewslintVerification
import PropertyBased
import Testing

/// The invariants of `Invariants` on generated input: text that is mostly
/// Vietnamese and English news, mixed with what breaks naive code —
/// combining marks, emoji sequences, right-to-left text, invisible and
/// control characters, every kind of line break — and on raw bytes.
@Suite struct PropertyTests {
    static let fragments: [String] = [
        // words and names
        "Bùi", "Thanh", "Sơn", "Bui", "Son", "Việt", "Nam", "Hà", "Nội", "Nguyễn", "Đà", "Nẵng", "the", "The", "a",
        "conflictin", "Sonaffirmed", "inUkraine", "Thetwo", "said", "He", "inline", "with", "sometime", "ago",
        "Politburo", "VNA", "iPhone", "COVID-19", "10km", "3.5", "1,000", "U.S.", "a.m.",
        // decomposed and unusual marks
        "Vie\u{0323}\u{0302}t", "So\u{031B}n", "e\u{0303}\u{0302}", "\u{0301}", "Ð", "ǎ",
        // punctuation and spacing
        " ", " ", "  ", "\t", ",", ".", ";", ":", "!", "?", " ,", ",the", ".He", "./.", "–", "—", "’", "“", "”",
        "(", ")", "\"", "'", "-", "/", "@", "#", "https://vnanet.vn/a,b", "press@vna.vn",
        // line breaks
        "\n", "\r\n", "\r", "\n\n",
        // invisible, control, bidi, non-breaking
        "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{0007}", "\u{0092}", "\u{202E}", "\u{2066}", "\u{00A0}", "\u{202F}",
        "\u{200D}", "\u{200C}", "\u{000C}",
        // other scripts and emoji
        "ภาษาไทย", "東京都", "مرحبا", "שלום", "😀", "👨\u{200D}👩\u{200D}👧", "🇻🇳", "1\u{FE0F}\u{20E3}",
    ]

    static let text = Gen<String?>.element(of: fragments).map { $0 ?? "" }.array(of: 0...40).map { $0.joined() }

    @Test func invariantsHoldOnGeneratedText() async {
        await propertyCheck(count: 400, input: Self.text) { text in
            #expect(Invariants.violations(of: Array(text.utf8)) == [], "\(text.debugDescription)")
        }
    }

    @Test func invariantsHoldWithAByteOrderMark() async {
        await propertyCheck(count: 100, input: Self.text) { text in
            #expect(Invariants.violations(of: [0xEF, 0xBB, 0xBF] + Array(text.utf8)) == [], "\(text.debugDescription)")
        }
    }

    @Test func invariantsHoldOnRawBytes() async {
        // Mostly ASCII with UTF-8 lead and continuation bytes mixed in, so
        // both valid and invalid sequences come up.
        let byte = Gen<UInt8?>.element(of: Array(0x20...0x7E) + [0x0A, 0x0D, 0x00, 0x80, 0xA0, 0xBF, 0xC3, 0xE1, 0xBB, 0xF0, 0x9F, 0xED, 0xFF])
        await propertyCheck(count: 300, input: byte.map { $0 ?? 0 }.array(of: 0...64)) { bytes in
            #expect(Invariants.violations(of: bytes) == [], "\(bytes)")
        }
    }
}

/// Every input the fuzzer found, and its seeds, replayed.
@Suite struct FuzzCorpusTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var inputs: [String] {
        ["fuzz-seeds", "fuzz-regressions"].flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent(folder).path)) ?? []
            return names.sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test(arguments: inputs)
    func invariantsHold(input: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(input)))
        #expect(Invariants.violations(of: bytes) == [])
    }
}
