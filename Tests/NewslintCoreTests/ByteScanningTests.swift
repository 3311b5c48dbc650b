import NewslintCore
import Testing

/// The word-at-a-time searches against a byte-by-byte reading of the same
/// bytes, from every start to every end, on random text drawn mostly from
/// the bytes each search must tell apart.
@Suite struct ByteScanningTests {
    /// A small fixed-seed generator (xorshift), so a failure reproduces.
    private struct Bytes {
        var state: UInt64
        mutating func next(from alphabet: [UInt8]) -> UInt8 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return alphabet[Int(state % UInt64(alphabet.count))]
        }
        mutating func text(_ count: Int, from alphabet: [UInt8]) -> [UInt8] {
            (0..<count).map { _ in next(from: alphabet) }
        }
    }

    private static let alphabet: [UInt8] = Array("ab .,  ".utf8) + [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xC2, 0xE2, 0xFF]

    private func forEveryRange(_ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        var random = Bytes(state: 0x9E37_79B9_7F4A_7C15)
        for length in [0, 1, 7, 8, 9, 16, 33, 70] {
            for _ in 0..<20 {
                random.text(length, from: Self.alphabet).withUnsafeBufferPointer { bytes in
                    for start in 0...length {
                        for end in start...length { body(bytes, start, end) }
                    }
                }
            }
        }
    }

    @Test func firstNonASCIIFindsTheFirstHighByte() {
        forEveryRange { bytes, start, end in
            #expect(ASCIIScan.firstNonASCII(bytes, from: start, to: end) == (start..<end).first { bytes[$0] >= 0x80 })
        }
    }

    @Test func firstControlOrNonASCIIFindsTheFirstUnprintableByte() {
        forEveryRange { bytes, start, end in
            let expected = (start..<end).first { bytes[$0] < 0x20 || bytes[$0] >= 0x7F }
            #expect(ASCIIScan.firstControlOrNonASCII(bytes, from: start, to: end) == expected)
        }
    }

    @Test func firstPairFindsTwoSpacesInARow() {
        forEveryRange { bytes, start, end in
            let expected = (start..<max(start, end - 1)).first { bytes[$0] == 0x20 && bytes[$0 + 1] == 0x20 }
            #expect(ByteSearch.firstPair(of: 0x20, in: bytes, from: start, to: end) == expected)
        }
    }

    @Test func offsetsListsEveryOccurrence() {
        forEveryRange { bytes, start, end in
            #expect(ByteSearch.offsets(of: 0xE2, in: bytes, from: start, to: end) == (start..<end).filter { bytes[$0] == 0xE2 })
        }
    }
}
