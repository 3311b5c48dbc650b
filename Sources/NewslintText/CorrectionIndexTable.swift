/// The layout of the compiled correction index, read in place.
/// Little-endian:
///
///     0   magic "NLCORv02"
///     8   bucket count (u32, a power of two)   12  target count (u32)
///     16  posting count (u32)                  20  key bytes (u32)
///     24  fingerprint of the source lists (u64)
///     32  bucket starts: bucket count + 1 u32s, offsets into the postings
///         postings: u32 target indices, grouped by bucket
///         targets: 8 bytes each: key offset (u32), key length (u8),
///                  flags (u8), cost × 1000 (u16)
///         keys: the UTF-8 bytes of every target, back to back
///
/// A delete key (see `DeleteKeys`) goes to bucket `hash & (count - 1)`.
/// Keys themselves are not stored: a bucket may hold targets of other keys
/// that share it, which costs only a distance check that fails.
enum CorrectionIndexFormat {
    static let magic = Array("NLCORv02".utf8)
    static let headerSize = 32
    static let targetSize = 8
    static let costScale: Float = 1000
    static let maxDistance = 2
    static let newsTermFlag: UInt8 = 1
}

struct CorrectionIndexTable {
    let bytes: UnsafeRawBufferPointer
    let bucketCount: Int
    let targetCount: Int
    let sourceFingerprint: UInt64
    private let postingsStart: Int
    private let targetsStart: Int
    private let keysStart: Int

    /// nil when `bytes` is not a complete index of this format.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count >= CorrectionIndexFormat.headerSize,
              bytes.prefix(8).elementsEqual(CorrectionIndexFormat.magic) else { return nil }
        self.bytes = bytes
        func u32(_ offset: Int) -> Int { Int(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian) }
        bucketCount = u32(8)
        targetCount = u32(12)
        let postingCount = u32(16)
        let keysLength = u32(20)
        sourceFingerprint = bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self).littleEndian
        postingsStart = CorrectionIndexFormat.headerSize + (bucketCount + 1) * 4
        targetsStart = postingsStart + postingCount * 4
        keysStart = targetsStart + targetCount * CorrectionIndexFormat.targetSize
        guard bucketCount > 0, bucketCount & (bucketCount - 1) == 0, keysStart + keysLength == bytes.count,
              u32(CorrectionIndexFormat.headerSize + bucketCount * 4) == postingCount else { return nil }
    }

    /// The targets filed under a delete key's hash (and any key sharing its bucket).
    @inline(__always)
    func bucket(_ hash: UInt64) -> BucketPostings {
        let bucket = Int(truncatingIfNeeded: hash) & (bucketCount - 1)
        let start = bytes.loadUnaligned(fromByteOffset: CorrectionIndexFormat.headerSize + bucket * 4, as: UInt32.self)
        let end = bytes.loadUnaligned(fromByteOffset: CorrectionIndexFormat.headerSize + bucket * 4 + 4, as: UInt32.self)
        return BucketPostings(bytes: bytes, start: postingsStart + Int(start.littleEndian) * 4,
                              end: postingsStart + Int(end.littleEndian) * 4)
    }

    func targetKey(_ index: Int) -> UnsafeRawBufferPointer {
        let entry = targetsStart + index * CorrectionIndexFormat.targetSize
        let offset = keysStart + Int(bytes.loadUnaligned(fromByteOffset: entry, as: UInt32.self).littleEndian)
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(bytes[entry + 4]))])
    }

    func targetFlags(_ index: Int) -> UInt8 { bytes[targetsStart + index * CorrectionIndexFormat.targetSize + 5] }

    func targetCost(_ index: Int) -> Float {
        let raw = bytes.loadUnaligned(fromByteOffset: targetsStart + index * CorrectionIndexFormat.targetSize + 6,
                                      as: UInt16.self)
        return Float(raw.littleEndian) / CorrectionIndexFormat.costScale
    }
}

/// The u32 target indices of one bucket.
struct BucketPostings: Sequence {
    let bytes: UnsafeRawBufferPointer
    let start: Int
    let end: Int

    struct Iterator: IteratorProtocol {
        let bytes: UnsafeRawBufferPointer
        var offset: Int
        let end: Int

        mutating func next() -> Int32? {
            guard offset < end else { return nil }
            defer { offset += 4 }
            return Int32(bitPattern: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian)
        }
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes, offset: start, end: end) }
}
