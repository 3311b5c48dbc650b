#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding one byte value in a buffer with the C library's memchr, which
/// reads many bytes an instruction: line breaks in a megabyte of copy are a
/// few thousand among a million bytes.
public enum ByteSearch {
    /// The offset of the first `byte` in `bytes[start..<end]`, or nil.
    @inlinable
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = bytes.baseAddress, start < end else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the first place in `bytes[start..<end]` where `byte`
    /// occurs twice in a row (two spaces), eight positions at a time.
    @inlinable
    public static func firstPair(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        let pattern = UInt64(byte) &* ones
        var index = start
        // Each byte of `differs` is zero where the byte and the one after it
        // are both `byte`; the zero-byte test may raise false hits (borrows),
        // never miss one.
        while index + 9 <= end {
            let here = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ pattern
            let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: UInt64.self) ^ pattern
            let differs = here | next
            if (differs &- ones) & ~differs & highBits != 0 { break }
            index += 8
        }
        while index + 1 < end {
            if bytes[index] == byte && bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }

    /// Every offset of `byte` in `bytes[start..<end]`, in order.
    @inlinable
    public static func offsets(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [Int] {
        var offsets: [Int] = []
        var index = start
        while let found = firstIndex(of: byte, in: bytes, from: index, to: end) {
            offsets.append(found)
            index = found + 1
        }
        return offsets
    }
}
