import NewslintCore

/// For `RepetitionFinder`: the units each sampled 3-gram occurs in, newest
/// first. An open-addressing table from 3-gram hash to the newest posting,
/// the postings threaded into lists through two flat arrays, so adding one
/// allocates nothing (a dictionary of arrays made a new array for most
/// 3-grams of a document).
struct ShinglePostings {
    /// 0 marks an empty slot; a key of 0 is stored as 1, which no sampled
    /// 3-gram has (their two low bits are zero).
    private var keys: [UInt64]
    private var newest: [Int32]
    private var counts: [Int32]
    private var used = 0
    private var shift: UInt64
    /// Posting `p` is `units[p]`; the one posted before it for its key is
    /// `older[p]`, or -1.
    private var units: [Int32] = []
    private var older: [Int32] = []

    /// Room for `expectedKeys` keys before the table grows.
    init(expectedKeys: Int) {
        var bits: UInt64 = 10
        while 1 << bits < expectedKeys * 2 { bits += 1 }
        keys = HugePages.array(repeating: 0, count: 1 << bits)
        newest = HugePages.array(repeating: -1, count: keys.count)
        counts = HugePages.array(repeating: 0, count: keys.count)
        shift = 64 - bits
        units.reserveCapacity(expectedKeys)
        older.reserveCapacity(expectedKeys)
    }

    /// How many units are posted for `key`, and the newest posting (-1: none).
    func postings(of key: UInt64) -> (count: Int, newest: Int32) {
        let slot = self.slot(of: Self.stored(key))
        return (Int(counts[slot]), newest[slot])
    }

    func unit(of posting: Int32) -> Int { Int(units[Int(posting)]) }
    func posting(before posting: Int32) -> Int32 { older[Int(posting)] }

    /// Posts `unit` for `key` unless it is already the newest there or
    /// `limit` units are posted (past that, only "too many" matters).
    mutating func add(_ unit: Int, to key: UInt64, limit: Int) {
        let stored = Self.stored(key)
        var slot = self.slot(of: stored)
        if keys[slot] == 0 {
            if (used + 1) * 2 > keys.count {
                grow()
                slot = self.slot(of: stored)
            }
            keys[slot] = stored
            used += 1
        }
        let head = newest[slot]
        guard counts[slot] < limit, head < 0 || units[Int(head)] != Int32(unit) else { return }
        units.append(Int32(unit))
        older.append(head)
        newest[slot] = Int32(units.count - 1)
        counts[slot] += 1
    }

    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    private func slot(of key: UInt64) -> Int { OpenAddressing.slot(of: key, in: keys, shift: shift) }

    private mutating func grow() {
        let oldKeys = keys, oldNewest = newest, oldCounts = counts
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        newest = [Int32](repeating: -1, count: keys.count)
        counts = [Int32](repeating: 0, count: keys.count)
        shift -= 1
        for index in oldKeys.indices where oldKeys[index] != 0 {
            let slot = self.slot(of: oldKeys[index])
            keys[slot] = oldKeys[index]
            newest[slot] = oldNewest[index]
            counts[slot] = oldCounts[index]
        }
    }
}
