import NewslintCore
import NewslintText

/// Finds phrases of one or more words in a document's word tokens, in one
/// pass for every declarative rule: the first word of each phrase is looked
/// up by its hash, and only a hit is compared in full. Words of a phrase
/// match across single runs of spaces, not across lines.
///
/// The phrases are stored flat (their words' bytes end to end, the phrases
/// ordered by their first word's hash) so the pass over a document's words
/// reads plain numbers: nested arrays would be retained and released for
/// every common word that starts a phrase.
struct PhraseIndex: Sendable {
    struct Match: Sendable {
        let rule: Int
        let phrase: Int
        let range: TextRange
    }

    private struct Phrase: Sendable {
        /// Its words are `words[firstWord ..< firstWord + wordCount]`.
        let firstWord: Int32
        let wordCount: Int32
        let rule: Int32
        let phrase: Int32
    }

    /// Every phrase word, lowercase, end to end; `words` holds their ranges.
    private var wordBytes: [UInt8] = []
    private var words: [Range<Int32>] = []
    /// Each word's hash, as `TokenHashes` has it for a token spelling it:
    /// a word that differs is ruled out before its bytes are compared.
    private var wordHashes: [UInt64] = []
    /// Grouped by first word: the phrases starting with one word are
    /// `phrases[group.start ..< group.end]`.
    private var phrases: [Phrase] = []
    /// An open-addressing table of first-word hashes (0: empty slot), with
    /// the group of phrases each starts, in parallel arrays.
    private var firstWords: [UInt64] = []
    private var groups: [Range<Int32>] = []
    private var shift: UInt64 = 0
    /// A bit for the first word of each one-word phrase, by 16 bits of its
    /// hash, and one for the first two words of each longer phrase, by 16
    /// bits of their pair's hash: most words of a text start no phrase, and
    /// these 16 KB answer for them from the fastest cache, where the table
    /// above would be probed. A filter of first words alone let through a
    /// quarter of the words of English news ("in", "a", "more", "was"
    /// start phrases).
    private var oneWordBits = [UInt64](repeating: 0, count: 1024)
    private var pairBits = [UInt64](repeating: 0, count: 1024)

    init(rules: [DeclarativeRuleSpec]) {
        var unsorted: [(hash: UInt64, phrase: Phrase)] = []
        for (ruleIndex, rule) in rules.enumerated() {
            for (phraseIndex, phrase) in rule.phrases.enumerated() {
                let phraseWords = phrase.utf8.split(separator: UInt8(ascii: " ")).map(Self.lowercased)
                guard let first = phraseWords.first else { continue }
                let firstWord = Int32(words.count)
                for word in phraseWords {
                    words.append(Int32(wordBytes.count)..<Int32(wordBytes.count + word.count))
                    wordBytes += word
                    wordHashes.append(WordHash.of(word, lowercasing: false))
                }
                let hash = Self.stored(WordHash.of(first, lowercasing: false))
                if phraseWords.count == 1 {
                    oneWordBits[Self.bitWord(hash)] |= Self.bit(hash)
                } else {
                    let pair = Self.pairBit(wordHashes[Int(firstWord)], wordHashes[Int(firstWord) + 1])
                    pairBits[pair >> 6] |= 1 << UInt64(pair & 63)
                }
                unsorted.append((hash, Phrase(firstWord: firstWord, wordCount: Int32(phraseWords.count),
                                              rule: Int32(ruleIndex), phrase: Int32(phraseIndex))))
            }
        }
        // Stable, so phrases with one first word keep the order they were declared in.
        let sorted = unsorted.enumerated().sorted { ($0.element.hash, $0.offset) < ($1.element.hash, $1.offset) }
        phrases = sorted.map(\.element.phrase)
        var bits: UInt64 = 4
        while 1 << bits < sorted.count * 2 { bits += 1 }
        shift = 64 - bits
        firstWords = [UInt64](repeating: 0, count: 1 << bits)
        groups = [Range<Int32>](repeating: 0..<0, count: firstWords.count)
        var start = 0
        while start < sorted.count {
            let hash = sorted[start].element.hash
            var end = start + 1
            while end < sorted.count && sorted[end].element.hash == sorted[start].element.hash { end += 1 }
            let slot = OpenAddressing.slot(of: hash, in: firstWords, shift: shift)
            firstWords[slot] = hash
            groups[slot] = Int32(start)..<Int32(end)
            start = end
        }
    }

    /// First-word hashes as stored: 0 marks an empty slot, so it becomes 1
    /// (two words hashing to 0 and 1 would share a group, and the full
    /// comparison of the words tells them apart).
    private static func stored(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// Where a first word's bit is in `oneWordBits`.
    @inline(__always) private static func bitWord(_ hash: UInt64) -> Int { Int(hash >> 6 & 1023) }
    /// The bit in `pairBits` of two words' hashes (`TokenHashes`' for the two tokens).
    @inline(__always) private static func pairBit(_ first: UInt64, _ second: UInt64) -> Int {
        OpenAddressing.home(of: WordUsage.pairHash(first, second), shift: 48)
    }
    @inline(__always) private static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash & 63) }

    /// A word's bytes in lowercase: ASCII directly (the common case, and
    /// start-up builds hundreds of these), anything else through String.
    private static func lowercased(_ word: Substring.UTF8View) -> [UInt8] {
        if word.allSatisfy({ $0 < 0x80 }) {
            return word.map(\.asciiLowercased)
        }
        return Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
    }

    func matches(in document: Document) -> [Match] {
        guard !phrases.isEmpty else { return [] }
        var matches: [Match] = []
        let tokenHashes = TokenHashes.shared(document)
        tokenHashes.withUnsafeBufferPointer { tokenHashes in
        document.bytes.withUnsafeBufferPointer { bytes in
        document.tokens.withUnsafeBufferPointer { tokens in
        wordBytes.withUnsafeBufferPointer { wordBytes in
        words.withUnsafeBufferPointer { words in
        wordHashes.withUnsafeBufferPointer { wordHashes in
        phrases.withUnsafeBufferPointer { phrases in
        firstWords.withUnsafeBufferPointer { firstWords in
        groups.withUnsafeBufferPointer { groups in
        oneWordBits.withUnsafeBufferPointer { oneWordBits in
        pairBits.withUnsafeBufferPointer { pairBits in
            func equal(_ token: Token, _ word: Int) -> Bool {
                let range = token.range, wordRange = words[word]
                guard token.kind == .word, range.length == wordRange.count else { return false }
                var offset = Int(wordRange.lowerBound)
                for index in range.start..<range.end {
                    if bytes[index].asciiLowercased != wordBytes[offset] { return false }
                    offset += 1
                }
                return true
            }
            func isSpace(_ token: Token) -> Bool {
                guard token.kind == .whitespace else { return false }
                for index in token.range.start..<token.range.end where bytes[index] != 0x20 { return false }
                return true
            }
            for index in 0..<tokens.count where tokens[index].kind == .word {
                let token = tokens[index]
                let range = token.range
                let hash = Self.stored(tokenHashes[index])
                // A phrase of two words or more can match only with a word two tokens on.
                func startsPair() -> Bool {
                    guard index + 2 < tokens.count else { return false }
                    let pair = Self.pairBit(tokenHashes[index], tokenHashes[index + 2])
                    return pairBits[pair >> 6] & (1 << UInt64(pair & 63)) != 0
                }
                guard oneWordBits[Self.bitWord(hash)] & Self.bit(hash) != 0 || startsPair() else { continue }
                let slot = OpenAddressing.slot(of: hash, in: firstWords, shift: shift)
                guard firstWords[slot] != 0 else { continue }
                for candidate in Int(groups[slot].lowerBound)..<Int(groups[slot].upperBound) {
                    let phrase = phrases[candidate]
                    let firstWord = Int(phrase.firstWord)
                    guard equal(token, firstWord) else { continue }
                    var position = index
                    var matched = true
                    for word in firstWord + 1..<firstWord + Int(phrase.wordCount) {
                        guard position + 2 < tokens.count, tokenHashes[position + 2] == wordHashes[word],
                              isSpace(tokens[position + 1]), equal(tokens[position + 2], word) else {
                            matched = false
                            break
                        }
                        position += 2
                    }
                    guard matched else { continue }
                    // Not a piece of a longer word joined by a hyphen or an apostrophe.
                    let end = tokens[position].range.end
                    if end < bytes.count, bytes[end] == UInt8(ascii: "-") { continue }
                    if range.start > 0, bytes[range.start - 1] == UInt8(ascii: "-") { continue }
                    matches.append(Match(rule: Int(phrase.rule), phrase: Int(phrase.phrase),
                                         range: TextRange(start: range.start, end: end)))
                }
            }
        }}}}}}}}}}}
        return matches
    }
}
