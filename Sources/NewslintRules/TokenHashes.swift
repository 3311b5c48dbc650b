import NewslintCore
import NewslintText

/// The lowercase hash (`WordHash`, ASCII capitals read as small letters) of
/// every word and number token, by token index; 0 for other tokens (a
/// word may also hash to 0, so readers check the token's kind). Computed
/// once per document: phrase matching, paragraph comparison and word
/// counts each read every word of the text, and hashing them was a pass
/// over the text's bytes for each.
struct TokenHashes: Sendable {
    let lowercase: [UInt64]

    static func shared(_ document: Document) -> [UInt64] {
        document.cache.value { TokenHashes(document) }.lowercase
    }

    init(_ document: Document) {
        let count = document.tokens.count
        // Each slot written once, not filled with zeros first.
        lowercase = [UInt64](unsafeUninitializedCapacity: count) { hashes, initialized in
            HugePages.advise(UnsafeMutableRawBufferPointer(hashes))
            document.bytes.withUnsafeBufferPointer { bytes in
                document.tokens.withUnsafeBufferPointer { tokens in
                    for index in 0..<count {
                        let token = tokens[index]
                        guard token.kind == .word || token.kind == .number else {
                            hashes[index] = 0
                            continue
                        }
                        let range = token.range
                        hashes[index] = WordHash.of(UnsafeBufferPointer(rebasing: bytes[range.start..<range.end]), lowercasing: true)
                    }
                }
            }
            initialized = count
        }
    }
}
