/// Bounds the lint jobs running at once (one a core is plenty: linting is
/// CPU work) and the requests waiting for one. A request that finds the
/// queue full, or waits longer than the deadline, is turned away with 503
/// rather than piling up behind a burst.
actor LintLimiter {
    private let slots: Int
    private let maximumWaiting: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(slots: Int, maximumWaiting: Int) {
        self.slots = max(1, slots)
        self.maximumWaiting = maximumWaiting
    }

    /// Waits for a slot; false when the queue is full.
    func acquire() async -> Bool {
        if running < slots {
            running += 1
            return true
        }
        guard waiting.count < maximumWaiting else { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true  // the releasing job handed its slot over
    }

    func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
