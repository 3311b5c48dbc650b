import Dispatch
import Foundation
import Synchronization

/// Runs `work` on every input using all cores, and hands the results to
/// `emit` in input order, as soon as each is next in line: output stays
/// deterministic, and at most `window` results (each holding a file) are
/// in flight at any time, however many inputs there are.
///
/// A worker takes a window slot first and only then the next input, so
/// inputs start in index order and the one `emit` waits for always holds a
/// slot: the window cannot fill up with later inputs and deadlock.
func forEachInOrder<Input: Sendable, Output: Sendable>(
    _ inputs: [Input],
    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    window: Int = max(4, ProcessInfo.processInfo.activeProcessorCount * 4),
    work: @escaping @Sendable (Input) -> Output,
    emit: (Output) -> Void
) {
    guard !inputs.isEmpty else { return }
    let slots = DispatchSemaphore(value: window)
    let arrived = DispatchSemaphore(value: 0)
    let nextInput = Mutex(0)
    let results = Mutex<[Int: Output]>([:])
    for _ in 0..<max(1, min(workers, inputs.count)) {
        DispatchQueue.global().async {
            while true {
                slots.wait()
                let index = nextInput.withLock { next -> Int in
                    defer { next += 1 }
                    return next
                }
                guard index < inputs.count else {
                    slots.signal()
                    return
                }
                let output = work(inputs[index])
                results.withLock { $0[index] = output }
                arrived.signal()
            }
        }
    }
    var next = 0
    while next < inputs.count {
        arrived.wait()
        while let output = results.withLock({ $0.removeValue(forKey: next) }) {
            emit(output)
            slots.signal()
            next += 1
        }
    }
}
