import NewslintText

/// Whether an unknown word is built from known ones — an inflection
/// ("Osbournes", "financials"), a prefixed word ("uncosted", "rebrand") or
/// a closed compound ("paycuts", "bandmate") — or a word with "a" glued to
/// it ("risinga"). The lexicon cannot list every such word, and a word built
/// this way is far likelier new, or two words, than mistyped: the
/// misspelling rule leaves it alone (a lost space is joined-words' business).
struct WordFormation {
    let lexicon: Lexicon

    private static let suffixes = ["s", "es", "ed", "d", "ing", "er", "ers", "ly", "ness", "ist", "ists", "ism"]
        .map { Array($0.utf8) }
    private static let prefixes = [
        "un", "re", "non", "pre", "co", "de", "anti", "over", "under", "out", "mis", "dis", "sub", "super",
        "counter", "inter", "multi", "post", "mega", "micro", "cyber", "euro", "eco", "self",
    ].map { Array($0.utf8) }
    /// The shortest base an affix may go on.
    private static let minimumBase = 4
    /// The shortest piece of a compound, and the most each piece may cost:
    /// a compound of two common words ("paycuts") is a word; a split into
    /// a rare one ("mem" + "beers") is a coincidence.
    private static let minimumPiece = 3
    private static let maximumPieceCost: Float = 12.5

    func isBuiltFromKnownWords(_ letters: [UInt8]) -> Bool {
        let lowered = letters.map { $0 | 0x20 }
        for suffix in Self.suffixes where lowered.count - suffix.count >= Self.minimumBase && lowered.ends(with: suffix) {
            let base = lowered[..<(lowered.count - suffix.count)]
            if fits(suffix, after: base), isKnown(letters[..<(letters.count - suffix.count)]) { return true }
        }
        for prefix in Self.prefixes where lowered.count - prefix.count >= Self.minimumBase && lowered.starts(with: prefix) {
            if cost(of: lowered[prefix.count...]) != nil { return true }
        }
        // A word with the article glued after it ("risinga"): a lost space,
        // not a slip, and never to be "corrected" to the word alone. (Not
        // before it: "asets" is a slip for "assets" far more often.)
        if lowered.count > Self.minimumBase, lowered.last == UInt8(ascii: "a"),
           let cost = cost(of: lowered.dropLast()), cost <= Self.maximumPieceCost { return true }
        guard lowered.count >= 2 * Self.minimumPiece else { return false }
        for split in Self.minimumPiece...(lowered.count - Self.minimumPiece) {
            if let first = cost(of: lowered[..<split]), first <= Self.maximumPieceCost,
               let second = cost(of: lowered[split...]), second <= Self.maximumPieceCost { return true }
        }
        return false
    }

    /// English spelling of the suffix: "-d" after an "e" ("raised"), "-es"
    /// after a sibilant or an "o" ("boxes", "heroes").
    private func fits(_ suffix: [UInt8], after base: ArraySlice<UInt8>) -> Bool {
        switch String(decoding: suffix, as: UTF8.self) {
        case "d": return base.last == UInt8(ascii: "e")
        case "es":
            let text = String(decoding: base, as: UTF8.self)
            return ["s", "x", "z", "ch", "sh", "o"].contains { text.hasSuffix($0) }
        default: return true
        }
    }

    /// The cost of a word the corpora count, nil for others (words only
    /// the huge word lists have, and unknown words).
    private func cost(of piece: ArraySlice<UInt8>) -> Float? {
        guard let entry = Array(piece).withUnsafeBufferPointer({ lexicon.word($0) }), entry.cost < lexicon.rareCost else { return nil }
        return entry.cost
    }

    /// A word or a name: "Osbourne" + "s".
    private func isKnown(_ piece: ArraySlice<UInt8>) -> Bool {
        Array(piece).withUnsafeBufferPointer { lexicon.lookup($0) } != nil
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix) }
}
