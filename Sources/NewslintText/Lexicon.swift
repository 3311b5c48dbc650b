import CNewslintData
import Foundation

/// The words newslint knows, with a cost for each (the negative log of its
/// relative frequency), in an open-addressing hash table over UTF-8 bytes.
///
/// Two kinds of entry: ordinary words, stored lowercase and matched in any
/// case ("the", "The", "THE"), and names, matched as written or in capitals
/// ("Kherson", "KHERSON", never "kherson"). The table is built once per
/// process from the embedded lists (see `Lexicon.shared`); lookups never
/// allocate.
public final class Lexicon: Sendable {
    public enum Kind: UInt8, Sendable {
        case word, name
    }

    public struct Entry: Sendable {
        public let kind: Kind
        /// -ln(relative frequency): small for common words.
        public let cost: Float
        let offset: Int32
        let length: Int32
    }

    // Keys are byte ranges of `storage`, the source lists themselves, so
    // building the table copies no key.
    private let storage: [UInt8]
    private let entries: [Entry]
    /// Open addressing: entry index + 1, or 0 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// The cost given to words and names the lists know but cannot count.
    public let rareCost: Float

    /// The lexicon built from the lists embedded in the binary.
    public static let shared = Lexicon(
        english: embedded(nl_data_english), names: embedded(nl_data_names),
        vocabulary: embedded(nl_data_news_vocabulary))

    public var count: Int { entries.count }

    /// Builds a lexicon from word lists in newslint's formats: `english` as
    /// "word<TAB>count" lines, `names` one a line, `vocabulary` entries of
    /// one or more words with # comments.
    public init(english: [UInt8], names: [UInt8], vocabulary: [UInt8]) {
        let storage = english + [0x0A] + names + [0x0A] + vocabulary
        let namesStart = english.count + 1
        let vocabularyStart = namesStart + names.count + 1
        var builder = TableBuilder(expectedEntries: lineCount(english) + lineCount(names) + lineCount(vocabulary) * 3)
        storage.withUnsafeBufferPointer { bytes in
            builder.build(bytes, english: 0..<english.count, names: namesStart..<(vocabularyStart - 1),
                          vocabulary: vocabularyStart..<bytes.count)
        }
        self.storage = storage
        entries = builder.entries
        slots = builder.slots
        mask = builder.slots.count - 1
        rareCost = builder.rareCost
    }

    // MARK: Lookup

    /// The entry stored under exactly these bytes.
    public func entry(exactly bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        find(bytes, lowercasing: false)
    }

    /// The entry of an ordinary word matching `bytes` in any case (ASCII
    /// letters are lowered; other bytes must match as they are).
    public func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let entry = find(bytes, lowercasing: true), entry.kind == .word else { return nil }
        return entry
    }

    /// The entry for a token as it stands in text: an ordinary word in any
    /// case, or a name as written. An all-capitals token also matches a
    /// name written with one capital ("HANOI" → "Hanoi").
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        if let word = word(bytes) { return word }
        if let exact = entry(exactly: bytes) { return exact }
        guard bytes.count > 1, bytes.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) else { return nil }
        var titled = Array(bytes)
        for index in 1..<titled.count where titled[index] >= 0x41 && titled[index] <= 0x5A { titled[index] |= 0x20 }
        return titled.withUnsafeBufferPointer { entry(exactly: $0) }
    }

    public func lookup(_ text: String) -> Entry? {
        var copy = text
        return copy.withUTF8 { lookup($0) }
    }

    public func contains(_ text: String) -> Bool { lookup(text) != nil }

    // MARK: Table

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Entry? {
        let index = storage.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                entries.withUnsafeBufferPointer { entries in
                    slots[probe(bytes, stored, slots, entries, mask: mask, lowercasing: lowercasing)]
                }
            }
        }
        return index == 0 ? nil : entries[Int(index) - 1]
    }
}

/// Builds the hash table in local storage (no class-property access in the
/// hot loop, which would pay Swift's dynamic exclusivity checks).
private struct TableBuilder {
    var entries: [Lexicon.Entry] = []
    var slots: [Int32]
    var rareCost: Float = 0

    init(expectedEntries: Int) {
        var capacity = 1024
        while capacity < expectedEntries * 2 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        entries.reserveCapacity(expectedEntries)
    }

    /// Fills the table. Costs come from the counts: cost = ln(total / count).
    mutating func build(_ bytes: UnsafeBufferPointer<UInt8>, english: Range<Int>, names: Range<Int>, vocabulary: Range<Int>) {
        var total = 0.0
        var smallest = Double.greatestFiniteMagnitude
        var counted: [(word: Range<Int>, count: Int)] = []
        counted.reserveCapacity(english.count / 12)
        forEachLine(bytes, english) { line in
            var tab = line.lowerBound
            while tab < line.upperBound && bytes[tab] != 0x09 { tab += 1 }
            var count = 0
            for index in (tab + 1)..<max(tab + 1, line.upperBound) where bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                count = count * 10 + Int(bytes[index] - 0x30)
            }
            counted.append((line.lowerBound..<tab, count))
            if count > 0 {
                total += Double(count)
                smallest = min(smallest, Double(count))
            }
        }
        total = max(total, 1)
        if smallest == .greatestFiniteMagnitude { smallest = 1 }
        let rare = Float(log(total / (smallest / 2)))
        rareCost = rare
        for (word, count) in counted {
            insert(bytes, word, kind: .word, cost: count > 0 ? Float(log(total / Double(count))) : rare)
        }
        forEachLine(bytes, names) { line in
            if !line.isEmpty { insert(bytes, line, kind: .name, cost: rare) }
        }
        forEachLine(bytes, vocabulary) { line in
            guard !line.isEmpty, bytes[line.lowerBound] != UInt8(ascii: "#") else { return }
            var start = line.lowerBound
            for index in line.lowerBound...line.upperBound {
                let atEnd = index == line.upperBound || bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "-")
                guard atEnd else { continue }
                if index - start > 1 {
                    let first = bytes[start]
                    let isName = (first >= 0x41 && first <= 0x5A) || first >= 0x80
                    insert(bytes, start..<index, kind: isName ? .name : .word, cost: rare)
                }
                start = index + 1
            }
        }
    }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ key: Range<Int>, kind: Lexicon.Kind, cost: Float) {
        let mask = slots.count - 1
        let slot = slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                probe(UnsafeBufferPointer(rebasing: bytes[key]), bytes, slots, entries, mask: mask, lowercasing: false)
            }
        }
        if slots[slot] != 0 {
            // Seen before: keep the cheaper cost (a counted word beats a listed one).
            let index = Int(slots[slot]) - 1
            let old = entries[index]
            if cost < old.cost {
                entries[index] = Lexicon.Entry(kind: old.kind, cost: cost, offset: old.offset, length: old.length)
            }
            return
        }
        entries.append(Lexicon.Entry(kind: kind, cost: cost, offset: Int32(key.lowerBound), length: Int32(key.count)))
        slots[slot] = Int32(entries.count)
    }
}

/// The slot holding `key` (ASCII-lowercased first if asked), or the empty
/// slot where it would go. The table is never full: it has at least twice
/// as many slots as entries.
@inline(__always)
private func probe(
    _ key: UnsafeBufferPointer<UInt8>, _ stored: UnsafeBufferPointer<UInt8>, _ slots: UnsafeBufferPointer<Int32>,
    _ entries: UnsafeBufferPointer<Lexicon.Entry>, mask: Int, lowercasing: Bool
) -> Int {
    @inline(__always) func fold(_ byte: UInt8) -> UInt8 {
        lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
    for byte in key { hash = (hash ^ UInt64(fold(byte))) &* 0x100_0000_01b3 }
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
        let entryIndex = Int(slots[index])
        if entryIndex == 0 { return index }
        let entry = entries[entryIndex - 1]
        if Int(entry.length) == key.count {
            let start = Int(entry.offset)
            var position = 0
            while position < key.count && stored[start + position] == fold(key[position]) { position += 1 }
            if position == key.count { return index }
        }
        index = (index + 1) & mask
    }
}

// MARK: - Reading the lists

private func lineCount(_ bytes: [UInt8]) -> Int {
    bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
}

/// Calls `body` with the range of each line of `region`, without its "\n"
/// or a "\r" before it.
private func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, _ body: (Range<Int>) -> Void) {
    var start = region.lowerBound
    for index in region where bytes[index] == 0x0A {
        body(start..<(index > start && bytes[index - 1] == 0x0D ? index - 1 : index))
        start = index + 1
    }
    if start < region.upperBound { body(start..<region.upperBound) }
}

/// A copy of a list compiled into the binary.
private func embedded(_ accessor: (UnsafeMutablePointer<Int>) -> UnsafePointer<UInt8>?) -> [UInt8] {
    var length = 0
    let pointer = accessor(&length)
    return Array(UnsafeBufferPointer(start: pointer, count: length))
}
