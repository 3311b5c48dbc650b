import Foundation

/// Words a newsroom accepts on top of the lexicon (names of its people,
/// places and products), from a plain list: one entry a line, several
/// words to an entry allowed, `#` starts a comment. As in the lexicon, an
/// entry written in lowercase matches in any case, and an entry with
/// capitals matches as written or in all capitals.
public struct UserVocabulary: Sendable, Equatable {
    private var anyCase = Set<String>()
    private var asWritten = Set<String>()

    public static let empty = UserVocabulary()

    public init() {}

    public init(list: String) {
        for line in list.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            for word in entry.split(separator: " ") {
                let word = UnicodeNormalization.nfc(String(word))
                if word == word.lowercased() { anyCase.insert(word) } else { asWritten.insert(word) }
            }
        }
    }

    public var isEmpty: Bool { anyCase.isEmpty && asWritten.isEmpty }

    public func contains(_ word: String) -> Bool {
        if asWritten.contains(word) || anyCase.contains(word.lowercased()) { return true }
        // "VINFAST" matches "VinFast"-style entries only by their capitals form.
        return word == word.uppercased() && asWritten.contains { $0.uppercased() == word }
    }

    public func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isEmpty ? false : contains(String(decoding: bytes, as: UTF8.self))
    }
}
