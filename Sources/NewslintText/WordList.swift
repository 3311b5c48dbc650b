/// Reading the plain word lists under Rules/dictionaries/ as bytes.
enum WordList {
    /// Calls `body` with each line of `bytes`, without "\n" or "\r\n".
    static func forEachLine(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
            body(bytes[start..<end])
            start = index + 1
        }
        if start < bytes.count { body(bytes[start...]) }
    }

    /// Calls `body` with each word of the news vocabulary: entries are one
    /// or more words separated by spaces or hyphens, `#` starts a comment,
    /// and separators such as "–" between words are skipped.
    static func forEachVocabularyWord(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        forEachLine(bytes) { line in
            guard let first = line.first, first != UInt8(ascii: "#") else { return }
            for word in line.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "-") }) where word.count > 1 {
                guard let first = String(decoding: word, as: UTF8.self).first, first.isLetter else { continue }
                body(word)
            }
        }
    }
}

extension UInt8 {
    var isASCIILetterByte: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
