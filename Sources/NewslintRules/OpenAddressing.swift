/// Lookup in an open-addressing table of 64-bit keys where 0 marks an empty
/// slot: the home slot by Fibonacci hashing (the top bits of a
/// multiplication spread even poorly mixed keys), then linear probing.
/// Shared by the small tables of the hot loops (`PhraseIndex`,
/// `ShinglePostings`, `ShingleSet`).
enum OpenAddressing {
    /// The slot holding `key` or the empty one where it would go. `table`
    /// has 2^(64 - `shift`) slots and at least one empty.
    @inline(__always)
    static func slot<Table: RandomAccessCollection<UInt64>>(of key: UInt64, in table: Table, shift: UInt64) -> Int
    where Table.Index == Int {
        let mask = table.count - 1
        var slot = home(of: key, shift: shift)
        while table[slot] != 0 && table[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The slot where probing for `key` starts, in a table of
    /// 2^(64 - `shift`) slots.
    @inline(__always)
    static func home(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
