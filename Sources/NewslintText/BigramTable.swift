import CNewslintData

/// How often two words follow each other in English, read by binary search
/// straight from a sorted "word word<TAB>count" list, so it costs nothing
/// to load: only the few splits the segmenter proposes are looked up.
public final class BigramTable: Sendable {
    private let store: ByteStore

    /// The pairs compiled into the binary.
    public static let shared = BigramTable(store: .embedded(nl_data_bigrams))

    /// A table over a list in the same format (sorted by bytes).
    public convenience init(list: [UInt8]) {
        self.init(store: ByteStore(copying: list))
    }

    private init(store: ByteStore) {
        self.store = store
    }

    /// The count of `first second` (ASCII case ignored), or nil when the
    /// list does not have the pair.
    public func count(_ first: ArraySlice<UInt8>, _ second: ArraySlice<UInt8>) -> Int? {
        let key = SortedLines.foldedKey(first) + [0x20] + SortedLines.foldedKey(second)
        guard let value = SortedLines(bytes: store.bytes).value(of: key) else { return nil }
        return store.bytes[value].reduce(0) { $1 >= 0x30 && $1 <= 0x39 ? $0 * 10 + Int($1 - 0x30) : $0 }
    }
}
