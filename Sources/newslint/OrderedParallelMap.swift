import Dispatch
import Foundation
import Synchronization

/// Runs `work` on every input using all cores, and hands the results to
/// `emit` in input order, one batch at a time: output stays deterministic,
/// and no more than a batch of results (each holding a file) is in memory.
/// Batches of eight files a core keep the cores busy between batches.
func forEachInOrder<Input: Sendable, Output: Sendable>(
    _ inputs: [Input],
    batchSize: Int = max(8, ProcessInfo.processInfo.activeProcessorCount * 8),
    work: @escaping @Sendable (Input) -> Output,
    emit: (Output) -> Void
) {
    var start = 0
    while start < inputs.count {
        let batch = Array(inputs[start..<min(inputs.count, start + batchSize)])
        let results = Mutex<[Output?]>(Array(repeating: nil, count: batch.count))
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            let output = work(batch[index])
            results.withLock { $0[index] = output }
        }
        for output in results.withLock({ $0 }) { emit(output!) }
        start += batch.count
    }
}
