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
}
