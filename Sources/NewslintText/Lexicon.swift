import CNewslintData

/// The words newslint knows, with a cost for each (the negative log of its
/// relative frequency).
///
/// Two kinds of entry: ordinary words, stored lowercase and matched in any
/// case ("the", "The", "THE"), and names, matched as written or in capitals
/// ("Kherson", "KHERSON", never "kherson"). The shared lexicon reads the
/// table compiled into the binary in place, so loading it costs nothing;
/// lookups never allocate.
public final class Lexicon: @unchecked Sendable {
    public enum Kind: UInt8, Sendable {
        case word, name
    }

    public struct Entry: Sendable {
        public let kind: Kind
        /// -ln(relative frequency): small for common words.
        public let cost: Float
    }

    // Immutable: either the static table in the binary, or a copy this
    // lexicon allocated and frees.
    private let table: LexiconTable
    private let ownedBytes: UnsafeMutableRawBufferPointer?

    /// The lexicon compiled into the binary from Rules/dictionaries/.
    public static let shared: Lexicon = {
        var length = 0
        let pointer = nl_data_lexicon(&length)
        guard let table = LexiconTable(UnsafeRawBufferPointer(start: pointer, count: length)) else {
            fatalError("the lexicon compiled into newslint is damaged; rebuild it with `swift run lexicon-compiler`")
        }
        return Lexicon(table: table, owned: nil)
    }()

    /// The bytes of the table compiled into the binary.
    public static var embeddedTable: [UInt8] {
        var length = 0
        let pointer = nl_data_lexicon(&length)
        return Array(UnsafeRawBufferPointer(start: pointer, count: length))
    }

    /// A lexicon compiled from word lists (see `LexiconCompiler`).
    public convenience init(english: [UInt8], names: [UInt8], vocabulary: [UInt8]) {
        let compiled = LexiconCompiler.compile(english: english, names: names, vocabulary: vocabulary)
        let owned = UnsafeMutableRawBufferPointer.allocate(byteCount: compiled.count, alignment: 8)
        compiled.withUnsafeBytes { owned.copyMemory(from: $0) }
        self.init(table: LexiconTable(UnsafeRawBufferPointer(owned))!, owned: owned)
    }

    private init(table: LexiconTable, owned: UnsafeMutableRawBufferPointer?) {
        self.table = table
        ownedBytes = owned
    }

    deinit { ownedBytes?.deallocate() }

    public var count: Int { table.entryCount }

    /// The cost given to words and names the lists know but cannot count.
    public var rareCost: Float { table.rareCost }

    /// The entry stored under exactly these bytes.
    public func entry(exactly bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        table.find(bytes, lowercasing: false).map(entry)
    }

    /// The entry of an ordinary word matching `bytes` in any case (ASCII
    /// letters are lowered; other bytes must match as they are).
    public func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let index = table.find(bytes, lowercasing: true), table.kind(index) == Kind.word.rawValue else { return nil }
        return entry(index)
    }

    /// The entry for a token as it stands in text: an ordinary word in any
    /// case, or a name as written. An all-capitals token also matches a
    /// name written with one capital ("HANOI" → "Hanoi").
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        word(bytes) ?? name(bytes)
    }

    /// The entry stored under `bytes` as written, or for a word in
    /// capitals the name it writes ("KHERSON" → "Kherson"): `lookup`
    /// without its match of ordinary words in any case, so for a
    /// capitalised word, the names.
    public func name(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        if let exact = entry(exactly: bytes) { return exact }
        guard bytes.count > 1, bytes.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }) else { return nil }
        var titled = Array(bytes)
        for index in 1..<titled.count where titled[index] >= 0x41 && titled[index] <= 0x5A { titled[index] |= 0x20 }
        return titled.withUnsafeBufferPointer { entry(exactly: $0) }
    }

    public func lookup(_ text: String) -> Entry? {
        var copy = text
        return copy.withUTF8 { lookup($0) }
    }

    public func contains(_ text: String) -> Bool { lookup(text) != nil }

    private func entry(_ index: Int) -> Entry {
        Entry(kind: Kind(rawValue: table.kind(index)) ?? .word, cost: table.cost(index))
    }
}
