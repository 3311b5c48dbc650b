import CNewslintData

/// Misspellings whose corrections are known (Rules/dictionaries/known-typos.tsv,
/// from codespell's list): "typo<TAB>correction[,correction…]", sorted,
/// searched in place. One correction with no trailing comma is certain;
/// several, or one followed by a comma, are suggestions.
public final class KnownTypos: Sendable {
    public struct Entry: Sendable, Equatable {
        public let corrections: [String]
        public let isCertain: Bool
    }

    private let store: ByteStore

    public static let shared = KnownTypos(store: .embedded(nl_data_known_typos))

    public convenience init(list: [UInt8]) {
        self.init(store: ByteStore(copying: list))
    }

    private init(store: ByteStore) {
        self.store = store
    }

    /// The entry for `word`, looked up in lowercase.
    public func entry(for word: some Collection<UInt8>) -> Entry? {
        guard let value = SortedLines(bytes: store.bytes).value(of: SortedLines.foldedKey(word)) else { return nil }
        let text = String(decoding: store.bytes[value], as: UTF8.self)
        let corrections = text.split(separator: ",").map(String.init)
        guard !corrections.isEmpty else { return nil }
        return Entry(corrections: corrections, isCertain: corrections.count == 1 && !text.hasSuffix(","))
    }
}
