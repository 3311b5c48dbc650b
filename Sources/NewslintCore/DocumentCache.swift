import Synchronization

/// Results computed once per document and shared by the rules that need
/// them (the unknown words, the sentence starts, the word counts), keyed by
/// their type. Rules stay independent values: the first to ask computes,
/// the others reuse.
public final class DocumentCache: Sendable {
    private let values = Mutex<[ObjectIdentifier: any Sendable]>([:])

    public init() {}

    /// The value of type `T` for this document, computed by `make` on first use.
    public func value<T: Sendable>(_ type: T.Type = T.self, make: () -> T) -> T {
        if let found = values.withLock({ $0[ObjectIdentifier(type)] }) as? T { return found }
        // Computed outside the lock: a rule may ask for another value while
        // making this one. Two threads racing would both compute; the
        // values are equal, so either may win.
        let made = make()
        values.withLock { $0[ObjectIdentifier(type)] = made }
        return made
    }
}
