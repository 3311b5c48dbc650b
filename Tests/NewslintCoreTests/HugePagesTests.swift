import NewslintCore
import Testing

/// The advice changes no value: a large array built through it, or advised
/// after reserving, holds what a plain one holds and grows as usual.
@Suite struct HugePagesTests {
    @Test func aLargeArrayHoldsItsValues() {
        let count = 3 << 20  // 24 MB of UInt64: several huge pages
        let array = HugePages.array(repeating: UInt64(7), count: count)
        #expect(array.count == count)
        #expect(array.allSatisfy { $0 == 7 })
    }

    @Test func anAdvisedArrayIsWrittenAndGrowsAsUsual() {
        var array: [Int32] = []
        array.reserveCapacity(1 << 21)
        HugePages.advise(for: &array)
        for value in 0..<Int32(3 << 20) { array.append(value) }  // past the reserved capacity
        #expect(array.count == 3 << 20)
        #expect(array.enumerated().allSatisfy { Int32($0.offset) == $0.element })
    }

    @Test func prefaultingChangesNoByteWrittenOrNot() {
        // Half written, then the whole reserved storage prefaulted, from
        // either end, unaligned at both ends: the written half keeps its
        // values and the array goes on filling as usual.
        var array: [UInt32] = []
        array.reserveCapacity(3 << 20)
        HugePages.advise(for: &array)
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
