import NewslintCore
import NewslintText

/// The lowercase hash (`WordHash`, ASCII capitals read as small letters) of
/// every word and number token, by token index; 0 for other tokens (a
/// word may also hash to 0, so readers check the token's kind). Computed
/// once per document: phrase matching, paragraph comparison and word
/// counts each read every word of the text, and hashing them was a pass
/// over the text's bytes for each.
///
/// On a large document two rules on two cores want the hashes at once, so
/// the work is split into chunks that each caller of `shared` helps with
/// (before, the second core spun on the cache's lock for the whole pass).
final class TokenHashes: @unchecked Sendable {
    // Written in disjoint chunks by the threads in `work`, read only after
    // `work.perform` has returned (every chunk done).
    private let hashes: UnsafeMutableBufferPointer<UInt64>
    private let work: SharedChunkedWork

    /// 32,768 tokens (256 KB of hashes) a chunk: small enough that a
    /// helper arriving late still finds work, large enough to cost nothing.
    private static let chunkSize = 1 << 15

    static func shared(_ document: Document) -> TokenHashes {
        let shared = document.cache.value { TokenHashes(count: document.tokens.count) }
        shared.work.perform { shared.fill($0, from: document) }
        return shared
    }

    private init(count: Int) {
        // Each slot written once, never filled with zeros first.
        hashes = .allocate(capacity: max(count, 1))
        HugePages.advise(UnsafeMutableRawBufferPointer(hashes))
        work = SharedChunkedWork(count: count, chunkSize: Self.chunkSize)
    }

    deinit { hashes.deallocate() }

    var count: Int { work.count }

    subscript(index: Int) -> UInt64 { UnsafeBufferPointer(hashes)[index] }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt64>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(rebasing: hashes[..<work.count]))
    }

    private func fill(_ range: Range<Int>, from document: Document) {
        document.bytes.withUnsafeBufferPointer { bytes in
            document.tokens.withUnsafeBufferPointer { tokens in
                for index in range {
                    let token = tokens[index]
                    guard token.kind == .word || token.kind == .number else {
                        hashes[index] = 0
                        continue
                    }
                    let range = token.range
                    hashes[index] = WordHash.of(bytes, from: range.start, to: range.end, lowercasing: true)
                }
            }
        }
    }
}
