/// Counts of 64-bit hashes in an open-addressing table: several times
/// cheaper than `Dictionary<UInt64, Int>`, whose SipHash the keys (already
/// hashes) do not need. Used to count a document's words in one pass.
struct HashCounter: Sendable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var used = 0
    private var shift: UInt64

    init(capacity: Int = 64) {
        var size = 64
        var bits: UInt64 = 6
        while size < capacity * 2 {
            size *= 2
            bits += 1
        }
        keys = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        shift = 64 - bits
    }

    /// Fibonacci hashing: the top bits of a multiplication spread even
    /// poorly mixed keys over the table.
    @inline(__always)
    private func home(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    mutating func add(_ hash: UInt64) {
        let key = hash == 0 ? 1 : hash  // 0 marks an empty slot
        withUnsafePointer(to: key) { add(nonZeroOf: UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Adds every non-zero hash of `hashes`: one uniqueness check for each
    /// run between growths rather than one for each word.
    mutating func add(nonZeroOf hashes: UnsafeBufferPointer<UInt64>) {
        var index = 0
        while index < hashes.count {
            if (used + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1, limit = keys.count / 2, shift = self.shift
            var used = self.used
            keys.withUnsafeMutableBufferPointer { keys in
                counts.withUnsafeMutableBufferPointer { counts in
                    // Stop before the table passes half full: it grows first.
                    while index < hashes.count && used + 1 <= limit {
                        let hash = hashes[index]
                        index += 1
                        if hash == 0 { continue }
                        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
                        while keys[slot] != 0 && keys[slot] != hash { slot = (slot + 1) & mask }
                        if keys[slot] == 0 {
                            keys[slot] = hash
                            used += 1
                        }
                        counts[slot] += 1
                    }
                }
            }
            self.used = used
        }
    }

    func count(_ hash: UInt64) -> Int {
        let key = hash == 0 ? 1 : hash
        var slot = home(key)
        while keys[slot] != 0 {
            if keys[slot] == key { return Int(counts[slot]) }
            slot = (slot + 1) & (keys.count - 1)
        }
        return 0
    }

    private mutating func grow() {
        let oldKeys = keys, oldCounts = counts
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        counts = [Int32](repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        for (key, count) in zip(oldKeys, oldCounts) where key != 0 {
            var slot = home(key)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            counts[slot] = count
        }
    }
}
