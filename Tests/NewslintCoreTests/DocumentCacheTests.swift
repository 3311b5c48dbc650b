import Dispatch
import NewslintCore
import Synchronization
import Testing

@Suite struct DocumentCacheTests {
    private struct Shared: Sendable { let value: Int }
    private struct Other: Sendable { let value: Int }

    @Test func manyThreadsAskingAtOnceComputeTheValueOnce() {
        let cache = DocumentCache()
        let made = Atomic<Int>(0)
        let seen = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let shared = cache.value(Shared.self) {
                let count = made.add(1, ordering: .relaxed).newValue
                // Long enough for the other threads to arrive meanwhile.
                var sum = 0
                for number in 0..<2_000_000 { sum &+= number }
                return Shared(value: count * 1_000 + sum % 7)
            }
            seen.withLock { $0.append(shared.value) }
        }
        #expect(made.load(ordering: .relaxed) == 1)
        #expect(Set(seen.withLock { $0 }).count == 1)
    }

    @Test func aValueMayBeMadeFromAnotherOne() {
        let cache = DocumentCache()
        let other = cache.value(Other.self) { Other(value: cache.value(Shared.self) { Shared(value: 20) }.value + 1) }
        #expect(other.value == 21)
        #expect(cache.value(Shared.self) { Shared(value: 0) }.value == 20)
    }
}
