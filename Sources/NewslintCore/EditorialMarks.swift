/// What an editor has written into the copy about the copy: direct
/// quotations, which are reproduced as spoken, and "[sic]" or "[stet]"
/// after a word. (Directive lines such as `newslint-disable-next-line` are
/// `Suppressions`.)
struct EditorialMarks: Sendable {
    /// The byte ranges inside quotation marks (“…” or "…", within a paragraph).
    let quotations: [TextRange]
    /// Ranges of words followed by [sic] or [stet]: no finding on them.
    let keptAsWritten: [TextRange]

    /// The bytes the scan stops at: LF, the lead byte of “ and ”, '"', '['.
    private static let stops: [Bool] = (0..<256).map { [0x0A, 0xE2, 0x22, 0x5B].contains($0) }

    /// Found once per document; on a large one, while the rules run.
    static func shared(_ document: Document) -> EditorialMarks {
        document.cache.value { EditorialMarks(document) }
    }

    init(_ document: Document) {
        let bytes = document.bytes
        let start = document.source.contentStart
        var quotations: [TextRange] = []
        var kept: [TextRange] = []
        var openCurly: Int?
        var openStraight: Int?
        Self.stops.withUnsafeBufferPointer { stops in
            bytes.withUnsafeBufferPointer { buffer in
                var index = start
                while index < buffer.count {
                    // Skip to the next byte that can matter, a table read a byte.
                    while index < buffer.count && !stops[Int(buffer[index])] { index += 1 }
                    guard index < buffer.count else { break }
                    let byte = buffer[index]
                    if byte == 0x0A {
                        // A paragraph ends open quotations.
                        openCurly = nil
                        openStraight = nil
                    } else if byte == 0xE2, index + 2 < buffer.count, buffer[index + 1] == 0x80 {
                        if buffer[index + 2] == 0x9C { openCurly = index + 3 }
                        if buffer[index + 2] == 0x9D, let open = openCurly {
                            quotations.append(TextRange(start: open, end: index))
                            openCurly = nil
                        }
                    } else if byte == UInt8(ascii: "\"") {
                        if let open = openStraight {
                            quotations.append(TextRange(start: open, end: index))
                            openStraight = nil
                        } else {
                            openStraight = index + 1
                        }
                    } else if byte == UInt8(ascii: "["), let word = Self.markedWord(before: index, in: bytes, from: start) {
                        kept.append(word)
                    }
                    index += 1
                }
            }
        }
        self.quotations = quotations
        keptAsWritten = kept
    }

    /// The word before " [sic]" or " [stet]" at `bracket`.
    private static func markedWord(before bracket: Int, in bytes: [UInt8], from start: Int) -> TextRange? {
        let marks = ["[sic]", "[stet]"].map { Array($0.utf8) }
        guard marks.contains(where: { bracket + $0.count <= bytes.count && Array(bytes[bracket..<(bracket + $0.count)]) == $0 })
        else { return nil }
        var end = bracket
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        var begin = end
        while begin > start && bytes[begin - 1] != 0x20 && bytes[begin - 1] != 0x0A { begin -= 1 }
        return begin < end ? TextRange(start: begin, end: end) : nil
    }

    func isQuoted(_ range: TextRange) -> Bool { Self.encloses(quotations, range) }

    func isKeptAsWritten(_ range: TextRange) -> Bool { Self.encloses(keptAsWritten, range) }

    /// Whether one of `ranges` (sorted, not overlapping) holds `range`.
    private static func encloses(_ ranges: [TextRange], _ range: TextRange) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].start <= range.start { low = middle + 1 } else { high = middle }
        }
        return low > 0 && range.end <= ranges[low - 1].end
    }
}
