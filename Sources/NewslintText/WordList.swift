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

    /// What a news-vocabulary entry is, from the last "# kind: …" line above it.
    enum VocabularyKind {
        /// A person's or a place's name: a near miss may be another name.
        case name
        /// An institution, a company, a term: a near miss is a slip.
        case term
    }

    /// Calls `body` with each word of the news vocabulary, its kind, and
    /// whether it is a whole entry ("Politburo", not the "Agency" of
    /// "Vietnam News Agency"): entries are one or more words separated by
    /// spaces or hyphens, `#` starts a comment, and separators such as "–"
    /// between words are skipped.
    static func forEachVocabularyWord(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>, VocabularyKind, Bool) -> Void) {
        var kind = VocabularyKind.name
        forEachLine(bytes) { line in
            guard let first = line.first else { return }
            if first == UInt8(ascii: "#") {
                if line.elementsEqual("# kind: term".utf8) { kind = .term }
                if line.elementsEqual("# kind: name".utf8) { kind = .name }
                return
            }
            let words = line.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "-") }).filter { word in
                word.count > 1 && String(decoding: word, as: UTF8.self).first?.isLetter == true
            }
            for word in words { body(word, kind, words.count == 1) }
        }
    }
}

extension UInt8 {
    var isASCIILetterByte: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
