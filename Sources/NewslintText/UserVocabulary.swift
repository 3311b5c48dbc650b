import Foundation

/// What a newsroom says about words on top of the lexicon.
///
/// Accepted words (names of its people, places and products) come from a
/// plain list: one entry a line, several words to an entry allowed, `#`
/// starts a comment (also after an entry). As in the lexicon, an entry
/// written in lowercase matches in any case, and an entry with capitals
/// matches as written or in all capitals.
///
/// Rejected words come from a list of the same shape whose lines may name
/// the word to use instead: `Saigon -> Ho Chi Minh City`. The misspelling
/// rule reports them wherever they stand, known words or not.
public struct UserVocabulary: Sendable, Equatable {
    private var anyCase = Set<String>()
    private var asWritten = Set<String>()
    /// Rejected word (lowercase when it matches any case) → its replacement, if any.
    private var rejectedAnyCase: [String: String] = [:]
    private var rejectedAsWritten: [String: String] = [:]

    public static let empty = UserVocabulary()

    public init() {}

    public init(list: String) {
        for entry in Self.entries(of: list) {
            for word in entry.split(separator: " ") {
                let word = UnicodeNormalization.nfc(String(word))
                if word == word.lowercased() { anyCase.insert(word) } else { asWritten.insert(word) }
            }
        }
    }

    public init(accepting accepted: String, rejecting rejected: String) {
        self.init(list: accepted)
        for entry in Self.entries(of: rejected) {
            let parts = entry.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
            let word = UnicodeNormalization.nfc(parts[0])
            guard !word.isEmpty, !word.contains(" ") else { continue }
            let replacement = parts.count > 1 ? UnicodeNormalization.nfc(parts[1]) : ""
            if word == word.lowercased() { rejectedAnyCase[word] = replacement } else { rejectedAsWritten[word] = replacement }
        }
    }

    /// The entries of a list: comments and blank lines dropped.
    private static func entries(of list: String) -> [String] {
        list.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = (line.firstIndex(of: "#").map { line[..<$0] } ?? line[...]).trimmingCharacters(in: .whitespaces)
            return entry.isEmpty ? nil : entry
        }
    }

    public var isEmpty: Bool { anyCase.isEmpty && asWritten.isEmpty }
    public var hasRejections: Bool { !rejectedAnyCase.isEmpty || !rejectedAsWritten.isEmpty }

    public func contains(_ word: String) -> Bool {
        if asWritten.contains(word) || anyCase.contains(word.lowercased()) { return true }
        // "VINFAST" matches "VinFast"-style entries only by their capitals form.
        return word == word.uppercased() && asWritten.contains { $0.uppercased() == word }
    }

    public func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        isEmpty ? false : contains(String(decoding: bytes, as: UTF8.self))
    }

    /// Whether the desk rejects `word`, and what it wants instead ("" when
    /// the list names nothing).
    public func rejection(of word: String) -> String? {
        rejectedAsWritten[word] ?? rejectedAnyCase[word.lowercased()]
    }
}
