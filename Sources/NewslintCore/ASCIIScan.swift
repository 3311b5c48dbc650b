/// Finding the rare non-ASCII bytes of mostly-ASCII text without looking at
/// every byte.
public enum ASCIIScan {
    /// The offset of the first byte ≥ 0x80 in `bytes[start..<end]`, eight
    /// bytes at a time.
    @inlinable
    public static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < end {
            if bytes[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }
}
