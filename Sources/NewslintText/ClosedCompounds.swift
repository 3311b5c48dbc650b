import CNewslintData

/// Words written solid that the lexicon lacks but that split into two known
/// words — "barcode", "dancefloor", "jobseekers" — read by binary search from
/// the sorted "word<TAB>zipf" list Rules/scripts/build_compounds.py makes
/// from wordfreq. Joined-words leaves them whole; they are not added to the
/// lexicon, so the spelling rules judge them as before.
public final class ClosedCompounds: Sendable {
    private let store: ByteStore

    /// The list compiled into the binary.
    public static let shared: ClosedCompounds = {
        var length = 0
        let pointer = nl_data_closed_compounds(&length)
        return ClosedCompounds(store: ByteStore(static: pointer, count: length))
    }()

    /// A list in the same format (sorted by bytes).
    public convenience init(list: [UInt8]) {
        self.init(store: ByteStore(copying: list))
    }

    private init(store: ByteStore) {
        self.store = store
    }

    /// Whether `word` (ASCII case ignored) is on the list.
    public func contains(_ word: some Collection<UInt8>) -> Bool {
        let key = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return SortedLines(bytes: store.bytes).value(of: key) != nil
    }
}
