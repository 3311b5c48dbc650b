import CNewslintData

/// The words a misspelling may be corrected to, with a symmetric-delete
/// index over them (SymSpell's idea): every string made by deleting up to
/// two letters from a word's first seven letters points back at the word.
/// An unknown word's own deletes then meet the deletes of every word within
/// two edits of it, so finding candidates costs a few dozen bucket reads
/// instead of a walk over the vocabulary. Built with the lexicon by
/// `lexicon-compiler` and read in place, like the lexicon (see
/// `CorrectionIndexFormat` for the layout).
public final class CorrectionIndex: @unchecked Sendable {
    public struct Target: Sendable, Equatable {
        /// As it should be written: lowercase for ordinary words,
        /// capitalised for names ("Politburo").
        public let text: String
        /// -ln(relative frequency), as in the lexicon.
        public let cost: Float
        /// A term of the news vocabulary (an institution, a company…).
        public let isNewsTerm: Bool
    }

    private let table: CorrectionIndexTable
    private let ownedBytes: UnsafeMutableRawBufferPointer?

    /// The index compiled into the binary.
    public static let shared: CorrectionIndex = {
        var length = 0
        let pointer = nl_data_corrections(&length)
        guard let table = CorrectionIndexTable(UnsafeRawBufferPointer(start: pointer, count: length)) else {
            fatalError("the correction index compiled into newslint is damaged; rebuild it with `swift run lexicon-compiler`")
        }
        return CorrectionIndex(table: table, owned: nil)
    }()

    /// An index built now from word lists (see `CorrectionIndexCompiler`).
    public convenience init(english: [UInt8], vocabulary: [UInt8]) {
        let compiled = CorrectionIndexCompiler.compile(english: english, vocabulary: vocabulary)
        let owned = UnsafeMutableRawBufferPointer.allocate(byteCount: compiled.count, alignment: 8)
        compiled.withUnsafeBytes { owned.copyMemory(from: $0) }
        self.init(table: CorrectionIndexTable(UnsafeRawBufferPointer(owned))!, owned: owned)
    }

    private init(table: CorrectionIndexTable, owned: UnsafeMutableRawBufferPointer?) {
        self.table = table
        ownedBytes = owned
    }

    deinit { ownedBytes?.deallocate() }

    public var targetCount: Int { table.targetCount }

    /// The fingerprint of the lists the index was compiled from.
    public var sourceFingerprint: UInt64 { table.sourceFingerprint }

    public func target(_ index: Int) -> Target {
        Target(text: String(decoding: table.targetKey(index), as: UTF8.self), cost: table.targetCost(index),
               isNewsTerm: table.targetFlags(index) & CorrectionIndexFormat.newsTermFlag != 0)
    }

    /// Calls `body` with the index of every target that may lie within
    /// `maxDistance` edits of `word` (lowercase ASCII letters), each once,
    /// and its lowercase letters. Candidates are not yet verified: the
    /// caller measures the real distance.
    public func forEachCandidate(
        of word: UnsafeBufferPointer<UInt8>, maxDistance: Int,
        _ body: (Int, UnsafeRawBufferPointer) -> Void
    ) {
        // Gather, then sort and skip repeats: a hashed set costs more than
        // the hundred-odd postings a word has.
        var found: [Int32] = []
        found.reserveCapacity(256)
        DeleteKeys.forEach(of: word, prefixLength: DeleteKeys.prefixLength, maxDeletes: maxDistance) { hash in
            found.append(contentsOf: table.bucket(hash))
        }
        found.sort()
        var previous: Int32 = -1
        for target in found where target != previous {
            previous = target
            let key = table.targetKey(Int(target))
            guard abs(key.count - word.count) <= maxDistance else { continue }
            body(Int(target), key)
        }
    }
}

/// The strings made by deleting up to `maxDeletes` bytes from the first
/// `prefixLength` bytes of a word, lowered, given as `WordHash`es: the keys
/// of the symmetric-delete index. A key may come more than once.
public enum DeleteKeys {
    /// Deletes are taken from this many first letters (SymSpell's prefix):
    /// it bounds the keys per word; the full distance is checked after.
    public static let prefixLength = 7

    public static func forEach(
        of word: UnsafeBufferPointer<UInt8>, prefixLength: Int, maxDeletes: Int, _ body: (UInt64) -> Void
    ) {
        let length = min(word.count, prefixLength)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { prefix in
            for index in 0..<length { prefix[index] = word[index] | (word[index] >= 0x41 && word[index] <= 0x5A ? 0x20 : 0) }
            let full = UnsafeBufferPointer(rebasing: prefix[0..<length])
            body(WordHash.of(full, lowercasing: false))
            guard maxDeletes >= 1, length >= 1 else { return }
            for first in 0..<length {
                body(hash(full, skipping: first, and: nil))
                guard maxDeletes >= 2 else { continue }
                for second in (first + 1)..<length {
                    body(hash(full, skipping: first, and: second))
                }
            }
        }
    }

    /// `WordHash` of the bytes without those at `first` and `second`, as
    /// the full key of a word that is `bytes` with those deleted hashes.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, skipping first: Int, and second: Int?) -> UInt64 {
        WordHash.of(bytes.indices.lazy.filter { $0 != first && $0 != second }.map { bytes[$0] }, lowercasing: false)
    }
}
