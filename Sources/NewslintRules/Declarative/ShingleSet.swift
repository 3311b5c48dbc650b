/// For `RepetitionFinder`: one unit's distinct 3-gram hashes and a small
/// open-addressing table of them, so the 3-grams two units share are
/// counted by lookups rather than by sorting both (sorting was most of the
/// rule's time).
struct ShingleSet {
    /// The distinct hashes, in the order first seen.
    let values: [UInt64]
    /// 0 marks an empty slot; a hash of 0 is recorded in `hasZero`.
    private let table: [UInt64]
    private let hasZero: Bool
    private let shift: UInt64

    init(_ shingles: ArraySlice<UInt64>) {
        var bits = 4
        while 1 << bits < shingles.count * 2 { bits += 1 }
        let shift = UInt64(64 - bits)
        var table = [UInt64](repeating: 0, count: 1 << bits)
        var values: [UInt64] = []
        values.reserveCapacity(shingles.count)
        var hasZero = false
        for value in shingles {
            if value == 0 {
                if !hasZero { values.append(0) }
                hasZero = true
                continue
            }
            let slot = OpenAddressing.slot(of: value, in: table, shift: shift)
            if table[slot] == 0 {
                table[slot] = value
                values.append(value)
            }
        }
        self.values = values
        self.table = table
        self.hasZero = hasZero
        self.shift = shift
    }

    /// How many of `other`'s hashes are in this set.
    func sharedCount(with other: ShingleSet) -> Int {
        table.withUnsafeBufferPointer { table in
            other.values.reduce(0) { count, value in
                let found = value == 0 ? hasZero : table[OpenAddressing.slot(of: value, in: table, shift: shift)] == value
                return count + (found ? 1 : 0)
            }
        }
    }
}
