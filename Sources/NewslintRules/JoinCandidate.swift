import NewslintCore
import NewslintText

/// A word token that may be two words glued together: unknown to the
/// lexicon, made of ASCII letters, and of a shape glued words take.
struct JoinCandidate {
    enum Shape {
        /// "conflictin"
        case lowercase
        /// "Thetwo", "Sonaffirmed"
        case capitalised
        /// "inUkraine": small letters, then a capital and small letters.
        case caseBoundary
        /// Two or more capitals with small letters: "TheWorld", "theBBC",
        /// "KoloToure" — or a brand ("WhatsApp"), which is why these are
        /// split only at case changes and only with evidence.
        case mixedCase
    }

    /// The letters examined (a possessive "'s" left out).
    let range: TextRange
    let letters: [UInt8]
    let shape: Shape

    static let minimumLength = 4

    init?(_ token: Token, in document: Document, lexicon: Lexicon) {
        let bytes = document.bytes
        var end = token.range.end
        // "Vietnamis's" → "Vietnamis"; also ’s.
        if end - token.range.start > 2 && bytes[end - 2] == UInt8(ascii: "'") && bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
            end -= 2
        } else if end - token.range.start > 4 && bytes[(end - 4)..<(end - 1)].elementsEqual([0xE2, 0x80, 0x99])
                    && bytes[end - 1] | 0x20 == UInt8(ascii: "s") {
            end -= 4
        }
        let range = TextRange(start: token.range.start, end: end)
        guard range.length >= Self.minimumLength else { return nil }
        let letters = Array(bytes[range.start..<range.end])
        guard letters.allSatisfy(\.isASCIILetter), let shape = Self.shape(of: letters) else { return nil }
        guard !Self.isPartOfSomethingElse(range, in: document) else { return nil }
        let known = letters.withUnsafeBufferPointer { lexicon.lookup($0) != nil }
        guard !known else { return nil }
        self.range = range
        self.letters = letters
        self.shape = shape
    }

    private static func shape(of letters: [UInt8]) -> Shape? {
        let capitals = letters.indices.filter { letters[$0].isASCIIUppercase }
        switch capitals.count {
        case 0: return .lowercase
        case 1 where capitals[0] == 0: return .capitalised
        case 1 where capitals[0] >= 2 && capitals[0] < letters.count - 1: return .caseBoundary
        default:
            // Not all capitals (acronyms), not "iPhone"/"eBay" (one small letter first).
            let allCapitals = capitals.count == letters.count
            let oneSmallFirst = capitals.first == 1
            return allCapitals || oneSmallFirst || capitals.count == 1 ? nil : .mixedCase
        }
    }

    /// A hyphenated word, a URL or address, a hashtag or handle.
    private static func isPartOfSomethingElse(_ range: TextRange, in document: Document) -> Bool {
        let bytes = document.bytes
        let before = range.start > document.source.contentStart ? bytes[range.start - 1] : 0x20
        let after = range.end < bytes.count ? bytes[range.end] : 0x20
        if [UInt8(ascii: "-"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "/")].contains(before)
            || [UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "/")].contains(after) {
            return true
        }
        if after == UInt8(ascii: "."), range.end + 1 < bytes.count, bytes[range.end + 1].isASCIILetter { return true }
        if before == UInt8(ascii: "."), range.start >= 2, bytes[range.start - 2].isASCIILetter { return true }
        return looksLikeAddress(document.text(document.chunk(around: range.start)))
    }
}

/// How a document uses its words: how often each occurs, whether a piece
/// of a glued word stands alone somewhere, which words appear capitalised
/// inside sentences (names), and which pairs of words stand side by side.
final class WordUsage {
    private var counts: [[UInt8]: Int] = [:]
    private var capitalisedInside: [[UInt8]: Int] = [:]
    private let document: Document
    private lazy var pairs: Set<[UInt8]> = Self.adjacentPairs(document)

    init(_ document: Document, sentenceStarts: SentenceStarts) {
        self.document = document
        let bytes = document.bytes
        for token in document.tokens where token.kind == .word {
            let word = bytes[token.range.start..<token.range.end]
            counts[Self.lowered(word), default: 0] += 1
            if word.first!.isASCIIUppercase && !sentenceStarts.contains(token.range.start) {
                capitalisedInside[Array(word), default: 0] += 1
            }
        }
    }

    func count(of word: [UInt8]) -> Int { counts[Self.lowered(word[...])] ?? 0 }
    func standsAlone(_ piece: ArraySlice<UInt8>) -> Bool { counts[Self.lowered(piece)] != nil }

    /// How often `word`, as written, appears capitalised inside a sentence.
    func capitalisedInsideSentences(_ word: ArraySlice<UInt8>) -> Int { capitalisedInside[Array(word)] ?? 0 }

    /// Whether the document has `first second` as two words side by side.
    func pairAppears(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Bool {
        pairs.contains(Self.lowered(first) + [0x20] + Self.lowered(second))
    }

    private static func adjacentPairs(_ document: Document) -> Set<[UInt8]> {
        var pairs = Set<[UInt8]>()
        let tokens = document.tokens
        let bytes = document.bytes
        var index = 0
        while index + 2 < tokens.count {
            let first = tokens[index], gap = tokens[index + 1], second = tokens[index + 2]
            index += 1
            guard first.kind == .word, second.kind == .word, gap.kind == .whitespace,
                  bytes[gap.range.start..<gap.range.end].allSatisfy(\.isHorizontalSpace)
            else { continue }
            pairs.insert(lowered(bytes[first.range.start..<first.range.end]) + [0x20]
                         + lowered(bytes[second.range.start..<second.range.end]))
        }
        return pairs
    }

    static func lowered(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }
}
