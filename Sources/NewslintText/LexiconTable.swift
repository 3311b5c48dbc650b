/// The compiled lexicon: an open-addressing hash table laid out in one
/// byte buffer, so the copy compiled into the binary is used in place with
/// no parsing at start-up. Little-endian:
///
///     0   magic "NLLEXv01"
///     8   slot count (u32, a power of two)    12  entry count (u32)
///     16  key bytes (u32)                     20  rare cost (f32)
///     24  reserved (8 bytes of 0)
///     32  slots: u32 each, 0 = empty, else entry index + 1
///         entries: 8 bytes each: key offset (u32), key length (u8),
///                  kind (u8), cost × 1000 (u16)
///         keys: the UTF-8 bytes of every key, back to back
///
/// Keys hash with FNV-1a 64 and probe linearly. Ordinary words are stored
/// lowercase, so a case-insensitive lookup hashes the ASCII-lowered key.
enum LexiconFormat {
    static let magic = Array("NLLEXv01".utf8)
    static let headerSize = 32
    static let entrySize = 8
    static let costScale: Float = 1000

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> UInt64 {
        WordHash.of(key, lowercasing: lowercasing)
    }
}

/// FNV-1a 64 over UTF-8 bytes, optionally lowering ASCII letters first:
/// the lexicon's key hash, also used to count words without allocating.
public enum WordHash {
    @inlinable
    public static func of<Bytes: Collection<UInt8>>(_ bytes: Bytes, lowercasing: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            let folded = lowercasing && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
        }
        return hash
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
