import Synchronization

/// Answers already given, by endpoint and exact request body. A CMS checks
/// the same story again and again as an editor saves it; the answer to the
/// same bytes under the same server settings is the same, so it is sent
/// again without linting (LanguageTool's server keeps such a cache too).
/// Bounded by entries and bytes; the oldest answer goes first. Keys are
/// compared in full, never by hash alone.
final class ResponseCache: Sendable {
    private struct Key: Hashable {
        let endpoint: String
        let body: [UInt8]
    }

    private struct Store {
        var answers: [Key: String] = [:]
        var order: [Key] = []
        var bytes = 0
    }

    private let maximumEntries: Int
    private let maximumBytes: Int
    private let store = Mutex(Store())

    init(maximumEntries: Int, maximumBytes: Int) {
        self.maximumEntries = maximumEntries
        self.maximumBytes = maximumBytes
    }

    var isEnabled: Bool { maximumEntries > 0 }

    func answer(_ endpoint: String, _ body: [UInt8]) -> String? {
        guard isEnabled else { return nil }
        let key = Key(endpoint: endpoint, body: body)
        return store.withLock { $0.answers[key] }
    }

    func remember(_ endpoint: String, _ body: [UInt8], _ answer: String) {
        let size = body.count + answer.utf8.count
        guard isEnabled, size <= maximumBytes / 4 else { return }
        let key = Key(endpoint: endpoint, body: body)
        store.withLock { store in
            guard store.answers.updateValue(answer, forKey: key) == nil else { return }
            store.order.append(key)
            store.bytes += size
            var evicted = 0
            while store.order.count - evicted > maximumEntries || store.bytes > maximumBytes {
                let oldest = store.order[evicted]
                if let old = store.answers.removeValue(forKey: oldest) { store.bytes -= oldest.body.count + old.utf8.count }
                evicted += 1
            }
            if evicted > 0 { store.order.removeFirst(evicted) }
        }
    }
}
