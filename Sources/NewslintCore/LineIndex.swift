/// Maps byte offsets to 1-based lines and columns, for display only.
///
/// A line ends at "\n", "\r\n" or a lone "\r". Columns count Unicode scalars
/// from the start of the line, so they match what an editor shows for
/// composed text; a byte-order mark is not counted.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts; the first is after any BOM.
    public let lineStarts: [Int]
    private let byteCount: Int

    public init(bytes: [UInt8], contentStart: Int) {
        var starts = [contentStart]
        var index = contentStart
        let count = bytes.count
        // Text without a CR (nearly all of it): jump from LF to LF.
        let lineFeedsOnly = bytes.withUnsafeBufferPointer { buffer in
            guard ByteSearch.firstIndex(of: 0x0D, in: buffer, from: contentStart, to: count) == nil else { return false }
            while let lineFeed = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: index, to: count) {
                starts.append(lineFeed + 1)
                index = lineFeed + 1
            }
            return true
        }
        if lineFeedsOnly { index = count }
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
        byteCount = count
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line holding `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based line and scalar column of a byte offset in `bytes`.
    public func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        var column = 1
        var index = lineStarts[line]
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line + 1, column)
    }

    /// Locations of many offsets at once: one pass over the text when the
    /// offsets are sorted (as findings are), so a file of one huge line
    /// with many findings costs linear time, not quadratic.
    public func locations(of offsets: [Int], in bytes: [UInt8]) -> [(line: Int, column: Int)] {
        var result: [(line: Int, column: Int)] = []
        result.reserveCapacity(offsets.count)
        var line = -1, cursor = 0, column = 1
        for offset in offsets {
            let target = lineIndex(of: offset)
            if target != line || offset < cursor {
                line = target
                cursor = lineStarts[target]
                column = 1
            }
            while cursor < offset && cursor < bytes.count {
                if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
                cursor += 1
            }
            result.append((line + 1, column))
        }
        return result
    }

    /// The bytes of a 0-based line without its terminator.
    public func contentRange(ofLine line: Int, in bytes: [UInt8]) -> TextRange {
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : byteCount
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return TextRange(start: start, end: end)
    }
}
