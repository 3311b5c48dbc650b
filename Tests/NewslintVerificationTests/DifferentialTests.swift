import Foundation
import NewslintCore
import NewslintText
import PropertyBased
import Testing

/// The tokenizer's ASCII fast path against ICU alone: no boundary and no
/// kind may differ.
@Suite struct DifferentialTests {
    private func compare(_ bytes: [UInt8]) throws -> String? {
        let tokenizer = try Tokenizer()
        let range = TextRange(start: 0, end: bytes.count)
        let fast = try tokenizer.tokens(of: bytes, in: range)
        let icu = try tokenizer.icuTokens(of: bytes, in: range)
        if fast == icu { return nil }
        guard let (mine, theirs) = zip(fast, icu).first(where: { $0 != $1 }) else {
            return "\(fast.count) tokens vs ICU's \(icu.count)"
        }
        let context = String(decoding: bytes[max(0, theirs.range.start - 20)..<min(bytes.count, theirs.range.end + 20)], as: UTF8.self)
        return "\(mine.range) \(mine.kind) vs ICU \(theirs.range) \(theirs.kind) in \(context.debugDescription)"
    }

    /// The development corpus and every fixture, when present.
    @Test func realCopy() throws {
        let texts = RealCopy.texts()
        for (name, bytes) in texts { #expect(try compare(bytes) == nil, "\(name)") }
        #expect(!texts.isEmpty)
    }

    /// Random ASCII, every class the rules know, dense with the cases where
    /// they interact ("a.b", "1,000", "a_1", "'", "@", CR LF, tabs).
    @Test func generatedASCII() async throws {
        let pieces = ["a", "Z", "@", "1", "9", ".", "'", ",", ";", ":", "_", "-", "/", "#", "$", "%", "\"", "(", ")",
                      " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{01}", "\u{7F}", "ab", "12", "a.b",
                      "1.5", "U.S.", "don't", "e-mail", "x_y"]
        let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(count: 2000, input: text) { text in
            #expect((try? compare(Array(text.utf8))) == .some(nil), "\(text.debugDescription)")
        }
    }

    /// Spaces that are not ASCII join the ASCII spaces around them (WB3d):
    /// found by the fuzzer.
    @Test(arguments: [" \u{2002} a", "a\u{3000}  b", "x \u{2002}\u{0301} y", "\u{2002} \u{3000} z", "a\u{00A0} b"])
    func nonASCIISpacesNextToASCIISpaces(text: String) throws {
        #expect(try compare(Array(text.utf8)) == nil)
    }

    /// ASCII next to what sends a chunk to ICU: combining marks after
    /// spaces, curly apostrophes, no-break spaces, emoji, Thai.
    @Test func generatedMixed() async throws {
        let pieces = ["a", "1", ".", "'", " ", "\n", "\t", "\u{0301}", "\u{200D}", "\u{00A0}", "’", "é", "😀", "🇻",
                      "ภาษา", "東", "\u{200B}", "ü", "x", "\u{2002}", "\u{3000}", "\u{2028}"]
        let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...20).map { $0.joined() }
        await propertyCheck(count: 1000, input: text) { text in
            #expect((try? compare(Array(text.utf8))) == .some(nil), "\(text.debugDescription)")
        }
    }
}
