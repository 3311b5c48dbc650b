import CNewslintData

/// How often two words follow each other in English, read by binary search
/// straight from a sorted "word word<TAB>count" list, so it costs nothing
/// to load: only the few splits the segmenter proposes are looked up.
public final class BigramTable: @unchecked Sendable {
    // Immutable: either the list compiled into the binary (static, never
    // freed) or a copy this table allocated and frees.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let ownsBytes: Bool

    /// The pairs compiled into the binary.
    public static let shared: BigramTable = {
        var length = 0
        let pointer = nl_data_bigrams(&length)
        return BigramTable(bytes: UnsafeBufferPointer(start: pointer, count: length), ownsBytes: false)
    }()

    /// A table over a list in the same format (sorted by bytes).
    public convenience init(list: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: list.count)
        _ = copy.initialize(from: list)
        self.init(bytes: UnsafeBufferPointer(copy), ownsBytes: true)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, ownsBytes: Bool) {
        self.bytes = bytes
        self.ownsBytes = ownsBytes
    }

    deinit {
        if ownsBytes { bytes.deallocate() }
    }

    /// The count of `first second` (ASCII case ignored), or nil when the
    /// list does not have the pair.
    public func count(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Int? {
        var key: [UInt8] = []
        key.reserveCapacity(first.count + second.count + 2)
        for byte in first { key.append(lowered(byte)) }
        key.append(0x20)
        for byte in second { key.append(lowered(byte)) }
        key.append(0x09)  // lines compare as their key followed by a tab
        var low = 0
        var high = bytes.count
        while low < high {
            let lineStart = startOfLine(containing: (low + high) / 2, from: low)
            let order = compare(key, atLine: lineStart)
            if order == 0 { return parseCount(after: lineStart + key.count) }
            if order < 0 {
                high = lineStart
            } else {
                low = endOfLine(lineStart) + 1
            }
        }
        return nil
    }

    private func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private func startOfLine(containing offset: Int, from lowerBound: Int) -> Int {
        var index = offset
        while index > lowerBound && bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    private func endOfLine(_ start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] != 0x0A { index += 1 }
        return index
    }

    /// <0 when `key` sorts before the line, 0 when the line starts with it.
    private func compare(_ key: [UInt8], atLine start: Int) -> Int {
        for (position, byte) in key.enumerated() {
            let index = start + position
            guard index < bytes.count, bytes[index] != 0x0A else { return 1 }
            if byte != bytes[index] { return Int(byte) - Int(bytes[index]) }
        }
        return 0
    }

    private func parseCount(after offset: Int) -> Int {
        var value = 0
        var index = offset
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
        }
        return value
    }
}
