import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Work on `count` items in chunks that every thread asking for its result
/// helps with. For a shared per-document value that two rules on two cores
/// ask for at once: behind the document cache's lock the second would only
/// wait; here it takes chunks until none are left.
///
/// Every caller of `perform` must pass the same body; each chunk runs once.
/// `perform` returns when every chunk has run, on whichever thread.
public final class SharedChunkedWork: Sendable {
    public let count: Int
    private let chunkSize: Int
    private let chunkCount: Int
    private let nextChunk = Atomic<Int>(0)
    private let chunksDone = Atomic<Int>(0)

    public init(count: Int, chunkSize: Int) {
        precondition(chunkSize > 0, "chunks of no items")
        self.count = count
        self.chunkSize = chunkSize
        chunkCount = (count + chunkSize - 1) / chunkSize
    }

    public var isDone: Bool { chunksDone.load(ordering: .acquiring) == chunkCount }

    /// Runs `body` on unclaimed chunks (ranges of item indices) until none
    /// are left, then waits for those other threads are still running.
    public func perform(_ body: (Range<Int>) -> Void) {
        while !isDone {
            let chunk = nextChunk.add(1, ordering: .relaxed).oldValue
            guard chunk < chunkCount else { break }
            body((chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize))
            chunksDone.add(1, ordering: .releasing)
        }
        // At most a chunk's time: the last ones are running on other threads.
        while !isDone { sched_yield() }
    }
}

extension SharedChunkedWork {
    /// `body`'s result for each chunk of `0..<count`, in chunk order. The
    /// chunks run on this thread and, when a core is free, on one more: a
    /// rule's own pass over a large document, which a nested
    /// `concurrentPerform` would run serially inside the linter's.
    public static func map<Result: Sendable>(
        count: Int, chunkSize: Int, _ body: @escaping @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        let work = SharedChunkedWork(count: count, chunkSize: chunkSize)
        let results = ChunkResults<Result>(count: work.chunkCount)
        let run: @Sendable (Range<Int>) -> Void = { range in results.store(body(range), at: range.lowerBound / chunkSize) }
        if work.chunkCount > 1 { DispatchQueue.global().async { work.perform(run) } }
        work.perform(run)
        return results.all
    }
}

/// One result a chunk, each written once by the thread that ran the chunk
/// and read after every chunk has run. A class, so that a helper thread
/// starting after the work is done still holds valid memory.
private final class ChunkResults<Result>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ result: Result, at index: Int) { slots[index] = result }

    var all: [Result] { slots.map { $0! } }
}
