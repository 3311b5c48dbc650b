import NewslintCore

/// For `RepeatCandidates`: the units each sampled 3-gram of a partition
/// occurs in, newest first. An open-addressing table from 3-gram hash to
/// the newest posting, the postings threaded into lists through two flat
/// arrays, so adding one allocates nothing (a dictionary of arrays made a
/// new array for most 3-grams of a document). A slot keeps its key, newest
/// posting and count side by side, and a 3-gram is looked up once for both
/// reading its postings and adding the unit to them.
struct ShinglePostings {
    private struct Slot {
        /// 0 marks an empty slot; a key of 0 is stored as 1, which no
        /// sampled 3-gram has (their two low bits are zero).
        var key: UInt64
        var newest: Int32
        var count: Int32
    }

    private var slots: [Slot]
    private var used = 0
    private var shift: UInt64
    /// Posting `p` is `units[p]`; the one posted before it for its key is
    /// `older[p]`, or -1.
    private var units: [Int32] = []
    private var older: [Int32] = []

    /// Room for `expectedKeys` keys before the table grows.
    init(expectedKeys: Int) {
        var bits: UInt64 = 4
        while 1 << bits < expectedKeys * 2 { bits += 1 }
        slots = [Slot](repeating: Self.empty, count: 1 << bits)
        shift = 64 - bits
        units.reserveCapacity(expectedKeys)
        older.reserveCapacity(expectedKeys)
    }

    private static let empty = Slot(key: 0, newest: -1, count: 0)

    /// Forgets every key and posting, keeping the memory.
    mutating func removeAll() {
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: Self.empty) }
        used = 0
        units.removeAll(keepingCapacity: true)
        older.removeAll(keepingCapacity: true)
    }

    /// Makes room for `count` more keys, so that the slots `slot(of:)`
    /// returns for them stay valid until the next call.
    mutating func reserve(_ count: Int) {
        while (used + count) * 2 > slots.count { grow() }
    }

    /// The slot of `key`, made empty for it when it is new. Valid until the
    /// table grows, which only `reserve` does.
    mutating func slot(of key: UInt64) -> Int {
        let stored = key == 0 ? 1 : key
        let mask = slots.count - 1
        var slot = OpenAddressing.home(of: stored, shift: shift)
        while true {
            let found = slots[slot].key
            if found == stored { return slot }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        precondition(used * 2 < slots.count, "ShinglePostings: reserve before adding keys")
        slots[slot].key = stored
        used += 1
        return slot
    }

    /// How many units are posted at `slot`, and the newest posting (-1: none).
    func postings(at slot: Int) -> (count: Int, newest: Int32) {
        (Int(slots[slot].count), slots[slot].newest)
    }

    func unit(of posting: Int32) -> Int { Int(units[Int(posting)]) }
    func posting(before posting: Int32) -> Int32 { older[Int(posting)] }

    /// Posts `unit` at `slot` unless it is already the newest there or
    /// `limit` units are posted (past that, only "too many" matters).
    mutating func add(_ unit: Int, at slot: Int, limit: Int) {
        let head = slots[slot].newest
        guard slots[slot].count < limit, head < 0 || units[Int(head)] != Int32(unit) else { return }
        units.append(Int32(unit))
        older.append(head)
        slots[slot].newest = Int32(units.count - 1)
        slots[slot].count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Self.empty, count: old.count * 2)
        shift -= 1
        let mask = slots.count - 1
        for entry in old where entry.key != 0 {
            var slot = OpenAddressing.home(of: entry.key, shift: shift)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
