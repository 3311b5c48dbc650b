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
    public static let closedCompounds = EmbeddedWordSet(store: .embedded(nl_data_closed_compounds))

    /// Common English given names ("tony", "deirdre"), from the US Census
    /// lists (Rules/scripts/build_given_names.py): a given name glued to a
    /// capitalised word is two names ("TonyBlair"), not a brand.
    public static let givenNames = EmbeddedWordSet(store: .embedded(nl_data_given_names))

    /// Words the lexicon counts as ordinary lowercase words although
    /// English writes them only capitalised ("london", "iraq", "sunday"),
    /// from SCOWL (Rules/scripts/build_proper_nouns.py): joined-words reads
    /// "Londonheard" as a proper noun glued to a word.
    public static let properNouns = EmbeddedWordSet(store: .embedded(nl_data_proper_nouns))

    /// Neighbouring words of the names of countries and large cities,
    /// lowercase and separated by a space ("hong kong", "new zealand"),
    /// from GeoNames (Rules/scripts/build_proper_nouns.py): two capitalised
    /// words glued together that are a place's name are two words.
    public static let placePairs = EmbeddedWordSet(store: .embedded(nl_data_place_pairs))

    /// A list in the same format (sorted by bytes).
    public convenience init(list: [UInt8]) {
        self.init(store: ByteStore(copying: list))
    }

    private init(store: ByteStore) {
        self.store = store
    }

    /// Whether `word` (ASCII case ignored) is in the set.
    public func contains(_ word: some Collection<UInt8>) -> Bool {
        SortedLines(bytes: store.bytes).value(of: SortedLines.foldedKey(word)) != nil
    }
}
