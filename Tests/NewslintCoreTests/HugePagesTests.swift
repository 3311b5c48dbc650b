import NewslintCore
import Testing

/// The advice changes no value: storage advised before it is written holds
/// what it was given, and prefaulting changes no byte.
@Suite struct HugePagesTests {
    @Test func advisedStorageHoldsWhatIsWritten() {
        let count = 3 << 20  // 24 MB of UInt64: several huge pages
        let array = [UInt64](unsafeUninitializedCapacity: count) { storage, initialized in
            HugePages.advise(UnsafeMutableRawBufferPointer(storage))
            for index in 0..<count { storage.initializeElement(at: index, to: UInt64(index) &* 7) }
            initialized = count
        }
        #expect(array.count == count)
        #expect(array.enumerated().allSatisfy { UInt64($0.offset) &* 7 == $0.element })
    }

    @Test func prefaultingChangesNoByteWrittenOrNot() {
        // Half written, then the whole reserved storage prefaulted, from
        // either end, unaligned at both ends: the written half keeps its
        // values and the array goes on filling as usual.
        var array: [UInt32] = []
        array.reserveCapacity(3 << 20)
        for value in 0..<UInt32(3 << 19) { array.append(value) }
        let capacity = array.capacity
        array.withUnsafeMutableBufferPointer { buffer in
            let start = UInt(bitPattern: buffer.baseAddress!) + 3
            HugePages.prefault(start: start, byteCount: capacity * 4 - 5, lastFirst: true)
            HugePages.prefault(start: start, byteCount: capacity * 4 - 5, lastFirst: false)
        }
        for value in UInt32(3 << 19)..<UInt32(3 << 20) { array.append(value) }
        #expect(array.enumerated().allSatisfy { UInt32($0.offset) == $0.element })
    }
}
