import CNewslintData

/// A set of words read by binary search from a sorted "word<TAB>value" list
/// compiled into the binary, costing nothing to load: for lists a rule asks
/// only about the few words it is judging.
public final class EmbeddedWordSet: Sendable {
    private let store: ByteStore

    /// Words written solid that the lexicon lacks but that split into two
    /// known words — "barcode", "dancefloor", "jobseekers" — from wordfreq
    /// (Rules/scripts/build_compounds.py). Joined-words leaves them whole;
    /// they are not added to the lexicon, so the spelling rules judge them
    /// as before.
    public static let closedCompounds = embedded(nl_data_closed_compounds)

    /// Common English given names ("tony", "deirdre"), from the US Census
    /// lists (Rules/scripts/build_given_names.py): a given name glued to a
    /// capitalised word is two names ("TonyBlair"), not a brand.
    public static let givenNames = embedded(nl_data_given_names)

    private static func embedded(_ data: (UnsafeMutablePointer<Int>?) -> UnsafePointer<UInt8>?) -> EmbeddedWordSet {
        var length = 0
        let pointer = data(&length)
        return EmbeddedWordSet(store: ByteStore(static: pointer, count: length))
    }

    /// A list in the same format (sorted by bytes).
    public convenience init(list: [UInt8]) {
        self.init(store: ByteStore(copying: list))
    }

    private init(store: ByteStore) {
        self.store = store
    }

    /// Whether `word` (ASCII case ignored) is in the set.
    public func contains(_ word: some Collection<UInt8>) -> Bool {
        let key = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return SortedLines(bytes: store.bytes).value(of: key) != nil
    }
}
