import Foundation
import NewslintCore
import NewslintText
import PropertyBased
import Testing

/// The sentence splitter's ASCII fast path against ICU alone: no boundary
/// may differ.
@Suite struct SentenceDifferentialTests {
    private func compare(_ bytes: [UInt8]) throws -> String? {
        let splitter = try SentenceSplitter()
        let range = TextRange(start: 0, end: bytes.count)
        let fast = try splitter.sentences(of: bytes, in: range)
        let icu = try splitter.icuSentences(of: bytes, in: range)
        if fast == icu { return nil }
        let mine = Set(fast.map(\.end)), theirs = Set(icu.map(\.end))
        let first = mine.symmetricDifference(theirs).min() ?? 0
        let context = String(decoding: bytes[max(0, first - 30)..<min(bytes.count, first + 30)], as: UTF8.self)
        return "boundary at \(first) \(mine.contains(first) ? "only in the fast path" : "only in ICU") in \(context.debugDescription)"
    }

    /// The development corpus and every fixture, when present.
    @Test func realCopy() throws {
        let texts = RealCopy.texts()
        for (name, bytes) in texts { #expect(try compare(bytes) == nil, "\(name)") }
        #expect(!texts.isEmpty)
    }

    /// Random ASCII dense with what the sentence rules look at: terminators
    /// with closing quotes and brackets, spaces, initials ("U.S."), numbers
    /// ("3.5"), lowercase after a full stop, ",", "-", ":", and line breaks.
    @Test func generatedASCII() async throws {
        let pieces = ["a", "b", "Z", "Q", "1", "7", ".", "!", "?", "\"", "'", "(", ")", "[", "]", "{", "}", ",", "-", ":", ";",
                      " ", "  ", "\t", "\u{0B}", "\u{0C}", "\n", "\r", "\r\n", "#", "_", "etc. and", "U.S. ", "Mr. Smith",
                      "3.5", "end. The", "p.m. (local) time", "\"Yes.\" He", "(a.) b", "Go! Go?", "x.\n\ny"]
        let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(count: 3000, input: text) { text in
            #expect((try? compare(Array(text.utf8))) == .some(nil), "\(text.debugDescription)")
        }
    }

    /// Lines with other characters (curly quotes, accents, emoji, a
    /// paragraph separator) among ASCII lines: those go to ICU with the line
    /// before them.
    @Test func generatedMixed() async throws {
        let pieces = ["a", "Z", "1", ".", "!", "?", "\"", ")", " ", ",", "\n", "\r\n", "’", "”", "“", "é", "Đ", "…",
                      "\u{2029}", "\u{00A0}", "\u{0301}", "😀", "。", "Mr. X", "U.S. ", "end. the"]
        let text = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(count: 3000, input: text) { text in
            #expect((try? compare(Array(text.utf8))) == .some(nil), "\(text.debugDescription)")
        }
    }
}
