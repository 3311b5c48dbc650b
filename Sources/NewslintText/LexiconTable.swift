/// The compiled lexicon: an open-addressing hash table laid out in one
/// byte buffer, so the copy compiled into the binary is used in place with
/// no parsing at start-up. Little-endian:
///
///     0   magic "NLLEXv02"
///     8   slot count (u32, a power of two)    12  entry count (u32)
///     16  key bytes (u32)                     20  rare cost (f32)
///     24  reserved (8 bytes of 0)
///     32  slots: u32 each, 0 = empty, else entry index + 1
///         entries: 8 bytes each: key offset (u32), key length (u8),
///                  kind (u8), cost × 1000 (u16)
///         keys: the UTF-8 bytes of every key, back to back
///
/// Keys hash with `WordHash` and probe linearly. Ordinary words are stored
/// lowercase, so a case-insensitive lookup hashes the ASCII-lowered key.
enum LexiconFormat {
    static let magic = Array("NLLEXv02".utf8)
    static let headerSize = 32
    static let entrySize = 8
    static let costScale: Float = 1000

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        WordHash.of(key, lowercasing: lowercasing)
    }
}

/// A 64-bit hash of UTF-8 bytes, optionally lowering ASCII letters first:
/// the lexicon's key hash, also used to count words without allocating.
/// Eight bytes at a time, little-endian, each block folded in with one
/// multiplication (a word of a news story is one or two blocks), then
/// mixed (MurmurHash3's finaliser), so any bits of it may index a table.
/// Byte by byte, FNV-1a had a multiplication per byte in one chain: the
/// token hashes of a 10 MB file were 6% of a check.
public enum WordHash {
    @inlinable
    public static func of<Bytes: Collection<UInt8>>(_ bytes: Bytes, lowercasing: Bool) -> UInt64 {
        var hash = start(count: bytes.count)
        var block: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            block |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                hash = fold(hash, lowercasing ? lowered(block) : block)
                block = 0
                shift = 0
            }
        }
        if shift > 0 { hash = fold(hash, lowercasing ? lowered(block) : block) }
        return finish(hash)
    }

    /// The same hash, reading whole blocks from memory.
    @inlinable
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        let count = bytes.count
        var hash = start(count: count)
        guard let base = bytes.baseAddress else { return finish(hash) }
        var offset = 0
        while count - offset >= 8 {
            let block = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self).littleEndian
            hash = fold(hash, lowercasing ? lowered(block) : block)
            offset += 8
        }
        if offset < count {
            // The last bytes one at a time: reading past the buffer is not allowed.
            var block: UInt64 = 0, shift: UInt64 = 0
            while offset < count {
                block |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = fold(hash, lowercasing ? lowered(block) : block)
        }
        return finish(hash)
    }

    /// The hash of `buffer[start..<end]`, the same as `of(_:lowercasing:)`
    /// gives it, reading a last short block whole when the buffer goes on
    /// for eight bytes (the bytes past `end` masked off): most words are
    /// one short block, which costs one load instead of a loop.
    @inlinable
    public static func of(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lowercasing: Bool) -> UInt64 {
        guard let base = buffer.baseAddress, end - start < 8, start + 8 <= buffer.count else {
            return of(UnsafeBufferPointer(rebasing: buffer[start..<end]), lowercasing: lowercasing)
        }
        let count = end - start
        var hash = Self.start(count: count)
        if count > 0 {
            let block = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
                & (UInt64.max >> UInt64(64 - 8 * count))
            hash = fold(hash, lowercasing ? lowered(block) : block)
        }
        return finish(hash)
    }

    @inlinable @inline(__always)
    static func start(count: Int) -> UInt64 { 0xcbf2_9ce4_8422_2325 ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15) }

    @inlinable @inline(__always)
    static func fold(_ hash: UInt64, _ block: UInt64) -> UInt64 {
        let mixed = (hash ^ block) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }

    @inlinable @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        return hash ^ (hash >> 33)
    }

    /// The eight bytes of `block` with ASCII capitals lowered, all at once:
    /// a byte's top bit marks it as at least "A" and not past "Z" (on its
    /// low seven bits, which cannot carry into the next byte), and not a
    /// byte of a multi-byte character.
    @inlinable @inline(__always)
    static func lowered(_ block: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        let low = block & ~tops
        let atLeastA = low &+ (0x80 - 0x41) &* ones
        let pastZ = low &+ (0x80 - 0x5B) &* ones
        let capitals = atLeastA & ~pastZ & ~block & tops
        return block | (capitals >> 2)
    }
}

/// Reads a compiled table in place.
struct LexiconTable {
    let bytes: UnsafeRawBufferPointer
    let slotCount: Int
    let entryCount: Int
    let rareCost: Float
    private let entriesStart: Int
    private let keysStart: Int

    /// nil when `bytes` is not a complete table of this format.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= LexiconFormat.headerSize,
              bytes.prefix(8).elementsEqual(LexiconFormat.magic) else { return nil }
        self.bytes = bytes
        slotCount = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian)
        entryCount = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self).littleEndian)
        let keysLength = Int(bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self).littleEndian)
        rareCost = Float(bitPattern: bytes.loadUnaligned(fromByteOffset: 20, as: UInt32.self).littleEndian)
        entriesStart = LexiconFormat.headerSize + slotCount * 4
        keysStart = entriesStart + entryCount * LexiconFormat.entrySize
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, keysStart + keysLength == bytes.count else { return nil }
    }

    /// The entry index stored under `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Int? {
        let mask = slotCount - 1
        var slot = Int(truncatingIfNeeded: LexiconFormat.hash(key, lowercasing: lowercasing)) & mask
        while true {
            let stored = Int(bytes.loadUnaligned(fromByteOffset: LexiconFormat.headerSize + slot * 4, as: UInt32.self).littleEndian)
            if stored == 0 { return nil }
            let index = stored - 1
            if keyMatches(index, key, lowercasing: lowercasing) { return index }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private func keyMatches(_ index: Int, _ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> Bool {
        let entry = entriesStart + index * LexiconFormat.entrySize
        guard Int(bytes[entry + 4]) == key.count else { return false }
        let offset = keysStart + Int(bytes.loadUnaligned(fromByteOffset: entry, as: UInt32.self).littleEndian)
        for position in 0..<key.count {
            let byte = key[position]
            let folded = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if bytes[offset + position] != folded { return false }
        }
        return true
    }

    func kind(_ index: Int) -> UInt8 { bytes[entriesStart + index * LexiconFormat.entrySize + 5] }

    func cost(_ index: Int) -> Float {
        let raw = bytes.loadUnaligned(fromByteOffset: entriesStart + index * LexiconFormat.entrySize + 6, as: UInt16.self)
        return Float(raw.littleEndian) / LexiconFormat.costScale
    }
}
