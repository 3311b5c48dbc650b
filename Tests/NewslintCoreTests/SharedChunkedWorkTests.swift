import Dispatch
import NewslintCore
import Synchronization
import Testing

/// Every chunk runs once whatever the number of helpers, and no helper
/// returns before the last chunk is done.
@Suite struct SharedChunkedWorkTests {
    /// How often each item was worked on.
    final class Tally: Sendable {
        let counts: Mutex<[Int]>
        init(_ count: Int) { counts = Mutex([Int](repeating: 0, count: count)) }
        func record(_ range: Range<Int>) { counts.withLock { for index in range { $0[index] += 1 } } }
        var eachOnce: Bool { counts.withLock { $0.allSatisfy { $0 == 1 } } }
    }

    @Test(arguments: [(0, 4), (1, 4), (10, 3), (1_000, 7), (100_000, 1_000)])
    func eachItemIsWorkedOnOnceByManyHelpers(count: Int, chunkSize: Int) {
        let work = SharedChunkedWork(count: count, chunkSize: chunkSize)
        let tally = Tally(count)
        let sawEverything = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            work.perform { tally.record($0) }
            // Returned: every chunk is done, whichever helper ran it.
            if tally.eachOnce { sawEverything.add(1, ordering: .relaxed) }
        }
        #expect(tally.eachOnce)
        #expect(work.isDone)
        #expect(sawEverything.load(ordering: .relaxed) == 4)
    }

    @Test func aLateHelperFindsTheWorkDoneAndRunsNothing() {
        let work = SharedChunkedWork(count: 50, chunkSize: 8)
        let tally = Tally(50)
        work.perform { tally.record($0) }
        work.perform { tally.record($0) }
        #expect(tally.eachOnce)
    }
}
