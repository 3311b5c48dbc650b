import NewslintCore
import Testing

@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([0x61, 0x62], nil),
        ([0x61, 0xFF], 1),
        ([0xC0, 0xAF], 0),  // overlong "/"
        ([0x61, 0xED, 0xA0, 0x80], 1),  // surrogate U+D800
        ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ([0x61, 0x62, 0xE1, 0xBB], 2),  // truncated at the end
        ([0xE1, 0xBB, 0x87, 0x80], 3),  // stray continuation
    ] as [([UInt8], Int?)])
    func firstInvalidOffset(bytes: [UInt8], expected: Int?) {
        #expect(UTF8Validation.firstInvalidOffset(in: bytes) == expected)
    }

    @Test func invalidSourceNamesTheOffset() {
        #expect(throws: InputError.invalidUTF8(offset: 4)) {
            try SourceText(bytes: Array("abcd".utf8) + [0xC3, 0x28])
        }
    }
}

@Suite struct SourceTextTests {
    @Test func detectsByteOrderMarkAndLineEndings() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
        #expect(source.hasByteOrderMark)
        #expect(source.contentStart == 3)
        #expect(source.lineEnding == .crlf)
        #expect(SourceText("a\nb\r\n").lineEnding == .mixed)
        #expect(SourceText("a\rb").lineEnding == .cr)
        #expect(SourceText("one line").lineEnding == SourceText.LineEnding.none)
    }

    @Test func locationsAreOneBasedWithScalarColumns() {
        // "Bùi" is 4 bytes; "Sơn" starts at byte 5 of line 2, column 5.
        let source = SourceText("Hanoi\r\nBùi Sơn\nx")
        #expect(source.location(of: 0) == (1, 1))
        #expect(source.location(of: 7) == (2, 1))
        #expect(source.location(of: 7 + 5) == (2, 5))
        #expect(source.location(of: source.bytes.count - 1) == (3, 1))
    }

    @Test func columnsDoNotCountTheByteOrderMark() throws {
        let source = try SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("ab".utf8))
        #expect(source.location(of: 4) == (1, 2))
    }

    @Test func lineContentExcludesTerminators() {
        let source = SourceText("one\r\ntwo\rthree\n")
        let lines = (0..<source.lineIndex.lineCount).map {
            source.text(source.lineIndex.contentRange(ofLine: $0, in: source.bytes))
        }
        #expect(lines == ["one", "two", "three", ""])
    }
}

@Suite struct TextRangeTests {
    @Test func conflicts() {
        let range = TextRange(start: 2, end: 5)
        #expect(range.conflicts(with: TextRange(start: 4, end: 8)))
        #expect(!range.conflicts(with: TextRange(start: 5, end: 8)))
        #expect(range.conflicts(with: TextRange(start: 3, length: 0)))  // insertion inside
        #expect(!range.conflicts(with: TextRange(start: 5, length: 0)))  // insertion at the edge
        #expect(TextRange(start: 5, length: 0).conflicts(with: TextRange(start: 5, length: 0)))
    }

    @Test func parsesMarkedExamples() {
        let (text, ranges) = RuleExamples.parseMarked("a ⟦bù⟧ c⟦⟧")
        #expect(text == "a bù c")
        #expect(ranges == [TextRange(start: 2, end: 5), TextRange(start: 7, end: 7)])
    }
}
