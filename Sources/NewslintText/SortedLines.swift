/// A list of "key<TAB>value" lines sorted by bytes, searched in place by
/// binary search: lists that only a few lookups per document touch are
/// read this way, so they cost nothing to load.
struct SortedLines {
    let bytes: UnsafeBufferPointer<UInt8>

    /// `word` as the lists store their keys: ASCII capitals lowered.
    static func foldedKey(_ word: some Collection<UInt8>) -> [UInt8] {
        word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// The byte range of the value on the line whose key is `key`.
    func value(of key: [UInt8]) -> Range<Int>? {
        var low = 0
        var high = bytes.count
        while low < high {
            let lineStart = startOfLine(containing: (low + high) / 2, from: low)
            let order = compare(key, atLine: lineStart)
            if order == 0 { return (lineStart + key.count + 1)..<endOfLine(lineStart) }
            if order < 0 {
                high = lineStart
            } else {
                low = endOfLine(lineStart) + 1
            }
        }
        return nil
    }

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

    /// The order of `key` + tab against the line: <0 before it, 0 when the
    /// line's key is `key`. The tab sorts before every character of a key.
    private func compare(_ key: [UInt8], atLine start: Int) -> Int {
        for position in 0...key.count {
            let byte = position < key.count ? key[position] : 0x09
            let index = start + position
            guard index < bytes.count, bytes[index] != 0x0A else { return 1 }
            if byte != bytes[index] { return Int(byte) - Int(bytes[index]) }
        }
        return 0
    }
}

/// A buffer of bytes that is either static data compiled into the binary
/// or a copy that is freed with its owner.
final class ByteStore: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let owned: Bool

    /// The list a CNewslintData accessor (`nl_data_…`) returns.
    static func embedded(_ accessor: (UnsafeMutablePointer<Int>?) -> UnsafePointer<UInt8>?) -> ByteStore {
        var length = 0
        let pointer = accessor(&length)
        return ByteStore(static: pointer, count: length)
    }

    init(static pointer: UnsafePointer<UInt8>?, count: Int) {
        bytes = UnsafeBufferPointer(start: pointer, count: count)
        owned = false
    }

    init(copying list: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: list.count)
        _ = copy.initialize(from: list)
        bytes = UnsafeBufferPointer(copy)
        owned = true
    }

    deinit {
        if owned { bytes.deallocate() }
    }
}
