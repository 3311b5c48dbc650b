import NewslintCore
import NewslintText

/// The capitalised words a story uses more than once that are not
/// ordinary English words — its names — and a way to find the one an
/// unknown capitalised word is a typist's slip of ("Lavorv" beside three
/// "Lavrov"; see `NameSlip`). The words are counted by their hashes, from
/// the ones `WordUsage` collects in its pass over the tokens; the small
/// delete index over the names is built on the first question, since most
/// stories never ask one.
struct StoryNames {
    struct Match {
        let name: String
        let occurrences: Int
        let measure: TypingDistance.Measure
    }

    private var counts = HashCounter(capacity: 256)
    /// The first occurrence of each distinct capitalised word.
    private var firstOccurrences: [TextRange] = []
    private let document: Document
    private let lexicon: Lexicon
    private var index: [UInt64: [Int32]]?
    private var names: [(letters: [UInt8], count: Int)] = []

    static let minimumLength = 4

    init(_ document: Document, lexicon: Lexicon) {
        self.document = document
        self.lexicon = lexicon
        for (range, hash) in WordUsage.shared(document).nameShapedWords {
            if counts.count(hash) == 0 { firstOccurrences.append(range) }
            counts.add(hash)
        }
    }

    /// How many times the story writes `word` exactly so.
    func occurrences(of word: [UInt8]) -> Int { counts.count(WordHash.of(word, lowercasing: false)) }

    /// The name used at least twice in the story that `word` is likeliest a
    /// typist's slip of.
    mutating func nearestName(to word: [UInt8]) -> Match? {
        if index == nil { buildIndex() }
        let limit = SpellingSuggester.maxDistance(forLength: word.count)
        var best: Match?
        var seen = Set<Int32>()
        word.withUnsafeBufferPointer { typed in
            DeleteKeys.forEach(of: typed, prefixLength: DeleteKeys.prefixLength, maxDeletes: limit) { key in
                for candidate in index?[key] ?? [] where seen.insert(candidate).inserted {
                    let name = names[Int(candidate)]
                    guard name.letters != word, NameSlip.isTypistSlip(word, of: name.letters),
                          let measure = name.letters.withUnsafeBytes({
                              TypingDistance.measure(typed: typed, intended: $0, limit: limit)
                          }) else { continue }
                    if best.map({ (measure.cost, -name.count) < ($0.measure.cost, -$0.occurrences) }) ?? true {
                        best = Match(name: String(decoding: name.letters, as: UTF8.self), occurrences: name.count,
                                     measure: measure)
                    }
                }
            }
        }
        return best
    }

    private mutating func buildIndex() {
        var built: [UInt64: [Int32]] = [:]
        let bytes = document.bytes
        for range in firstOccurrences {
            let letters = Array(bytes[range.start..<range.end])
            let count = occurrences(of: letters)
            guard count >= 2, letters.withUnsafeBufferPointer({ lexicon.word($0) }) == nil else { continue }
            let position = Int32(names.count)
            names.append((letters, count))
            letters.withUnsafeBufferPointer { word in
                DeleteKeys.forEach(of: word, prefixLength: DeleteKeys.prefixLength, maxDeletes: 2) { key in
                    if built[key]?.last != position { built[key, default: []].append(position) }
                }
            }
        }
        index = built
    }
}
