import NewslintText
import Testing

/// The three ways to hash a word agree byte for byte, and lowering folds
/// ASCII capitals and nothing else: the lexicon, the correction index and
/// every word count meet on these values.
@Suite struct WordHashTests {
    /// Words of every length up to 40 from a mix of small letters,
    /// capitals, digits, punctuation and the bytes of "Đ" and "ơ".
    private func words() -> [[UInt8]] {
        let alphabet = Array("aZqM'-9 ".utf8) + Array("Đơ".utf8)
        var generator = SystemRandomNumberGenerator()
        return (0...40).flatMap { length in
            (0..<25).map { _ in (0..<length).map { _ in alphabet.randomElement(using: &generator)! } }
        }
    }

    @Test func theCollectionTheBufferAndTheRangeOfABufferGiveOneHash() {
        for word in words() {
            for lowercasing in [false, true] {
                let generic = WordHash.of(word[...], lowercasing: lowercasing)
                // Inside a longer buffer, so the range may be read in whole blocks.
                let padded = Array("xx".utf8) + word + Array("yyyyyyyyy".utf8)
                padded.withUnsafeBufferPointer { buffer in
                    let whole = WordHash.of(UnsafeBufferPointer(rebasing: buffer[2..<(2 + word.count)]), lowercasing: lowercasing)
                    let ranged = WordHash.of(buffer, from: 2, to: 2 + word.count, lowercasing: lowercasing)
                    #expect(whole == generic && ranged == generic, "\(word)")
                }
                // At the very end of the buffer, where no block may be read past it.
                let atEnd = word.withUnsafeBufferPointer { WordHash.of($0, from: 0, to: word.count, lowercasing: lowercasing) }
                #expect(atEnd == generic)
            }
        }
    }

    @Test func loweringFoldsExactlyTheASCIICapitals() {
        // Every byte value in every position of a block.
        for value in 0...255 {
            for position in 0..<9 {
                var word = Array("abcdefghi".utf8)
                word[position] = UInt8(value)
                let lowered = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                #expect(WordHash.of(word, lowercasing: true) == WordHash.of(lowered, lowercasing: false), "\(value) at \(position)")
            }
        }
    }

    @Test func wordsThatDifferHashApart() {
        let samples = ["", "a", "a\u{0}", "ab", "ba", "the", "The", "politburo", "Politburo", "abcdefgh", "abcdefghi"]
        let hashes = samples.map { WordHash.of(Array($0.utf8), lowercasing: false) }
        #expect(Set(hashes).count == samples.count)
        #expect(WordHash.of(Array("The".utf8), lowercasing: true) == WordHash.of(Array("the".utf8), lowercasing: true))
    }
}
