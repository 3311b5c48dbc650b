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

    /// The offset of the first byte in `bytes[start..<end]` that is not
    /// printable ASCII (below 0x20, 0x7F, or 0x80 and above), eight bytes at
    /// a time: line breaks, tabs, controls and every non-ASCII character.
    @inlinable
    public static func firstControlOrNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= end {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A high bit set: 0x80 and above, or 0x7F after adding one; a
            // byte below 0x20 borrows when 0x20 is taken from it. Carries
            // between bytes can only raise false hits, which the byte loop
            // below settles.
            let atLeast7F = (word | (word &+ ones)) & highBits
            let below20 = (word &- 0x20 &* ones) & ~word & highBits
            if atLeast7F | below20 != 0 { break }
            index += 8
        }
        while index < end {
            if bytes[index] < 0x20 || bytes[index] >= 0x7F { return index }
            index += 1
        }
        return nil
    }
}
