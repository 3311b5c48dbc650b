import NewslintCore
import Testing

@Suite struct TokenTests {
    @Test func aTokenKeepsItsRangeAndKindInEightBytes() {
        #expect(MemoryLayout<Token>.stride == 8)
        let kinds: [Token.Kind] = [.word, .number, .whitespace, .punctuation, .other]
        let ranges = [TextRange(start: 0, end: 0), TextRange(start: 7, end: 19),
                      TextRange(start: Int(UInt32.max) - Token.maximumLength, end: Int(UInt32.max)),
                      TextRange(start: 3_000_000_000, end: 3_000_000_001)]
        for kind in kinds {
            for range in ranges {
                let token = Token(range: range, kind: kind)
                #expect(token.range == range)
                #expect(token.kind == kind)
            }
        }
        #expect(Token(range: TextRange(start: 1, end: 2), kind: .word) != Token(range: TextRange(start: 1, end: 2), kind: .number))
    }
}
