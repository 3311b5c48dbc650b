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
}
