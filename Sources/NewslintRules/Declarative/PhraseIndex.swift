import NewslintCore
import NewslintText

/// Finds phrases of one or more words in a document's word tokens, in one
/// pass for every declarative rule: the first word of each phrase is looked
/// up by its hash, and only a hit is compared in full. Words of a phrase
/// match across single runs of spaces, not across lines.
struct PhraseIndex: Sendable {
    struct Phrase: Sendable {
        let words: [[UInt8]]  // lowercase
        let rule: Int
        let phrase: Int
    }

    struct Match: Sendable {
        let rule: Int
        let phrase: Int
        let range: TextRange
    }

    private var byFirstWord: [UInt64: [Phrase]] = [:]
    /// One bit for each value of a first word's hash's low 16 bits: most
    /// words of a document start no phrase, and this answers for them
    /// without a dictionary lookup.
    private var firstWordBits = [UInt64](repeating: 0, count: 1 << 10)

    init(rules: [DeclarativeRuleSpec]) {
        for (ruleIndex, rule) in rules.enumerated() {
            for (phraseIndex, phrase) in rule.phrases.enumerated() {
                let words = phrase.utf8.split(separator: UInt8(ascii: " ")).map(Self.lowercased)
                guard let first = words.first else { continue }
                let hash = WordHash.of(first, lowercasing: false)
                byFirstWord[hash, default: []].append(Phrase(words: words, rule: ruleIndex, phrase: phraseIndex))
                firstWordBits[Int(hash & 0xFFFF) >> 6] |= 1 << (hash & 63)
            }
        }
    }

    /// A word's bytes in lowercase: ASCII directly (the common case, and
    /// start-up builds hundreds of these), anything else through String.
    private static func lowercased(_ word: Substring.UTF8View) -> [UInt8] {
        if word.allSatisfy({ $0 < 0x80 }) {
            return word.map(\.asciiLowercased)
        }
        return Array(String(decoding: word, as: UTF8.self).lowercased().utf8)
    }

    func matches(in document: Document) -> [Match] {
        guard !byFirstWord.isEmpty else { return [] }
        var matches: [Match] = []
        let tokens = document.tokens
        document.bytes.withUnsafeBufferPointer { bytes in
            func lowered(_ range: TextRange) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]) }
            func equal(_ token: Token, _ word: [UInt8]) -> Bool {
                token.kind == .word && NewslintRules.bytes(bytes, at: token.range, equalLowercase: word)
            }
            func isSpace(_ token: Token) -> Bool {
                token.kind == .whitespace && bytes[token.range.start..<token.range.end].allSatisfy { $0 == 0x20 }
            }
            for (index, token) in tokens.enumerated() where token.kind == .word {
                let hash = WordHash.of(lowered(token.range), lowercasing: true)
                guard firstWordBits[Int(hash & 0xFFFF) >> 6] & (1 << (hash & 63)) != 0,
                      let phrases = byFirstWord[hash] else { continue }
                for phrase in phrases {
                    var position = index
                    var matched = equal(token, phrase.words[0])
                    for word in phrase.words.dropFirst() where matched {
                        guard position + 2 < tokens.count, isSpace(tokens[position + 1]), equal(tokens[position + 2], word) else {
                            matched = false
                            break
                        }
                        position += 2
                    }
                    guard matched else { continue }
                    // Not a piece of a longer word joined by a hyphen or an apostrophe.
                    let end = tokens[position].range.end
                    if end < bytes.count, bytes[end] == UInt8(ascii: "-") { continue }
                    if token.range.start > 0, bytes[token.range.start - 1] == UInt8(ascii: "-") { continue }
                    matches.append(Match(rule: phrase.rule, phrase: phrase.phrase, range: TextRange(start: token.range.start, end: end)))
                }
            }
        }
        return matches
    }
}
