import Synchronization

/// Results computed once per document and shared by the rules that need
/// them (the unknown words, the sentence starts, the word counts), keyed by
/// their type. Rules stay independent values: the first to ask computes,
/// the others reuse.
public final class DocumentCache: Sendable {
    private let slots = Mutex<[ObjectIdentifier: Slot]>([:])

    /// One value's cell. Its lock is held while the value is made, so a rule
    /// asking for it meanwhile on another core waits for the result instead
    /// of computing it a second time (the rules run side by side on large
    /// documents, and the shared values are the costly ones).
    private final class Slot: Sendable {
        let value = Mutex<(any Sendable)?>(nil)
    }

    public init() {}

    /// The value of type `T` for this document, computed by `make` on first use.
    /// `make` may ask for other values, but not, directly or through them, for `T`.
    public func value<T: Sendable>(_ type: T.Type = T.self, make: () -> T) -> T {
        let key = ObjectIdentifier(type)
        let slot = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.value.withLock { value in
            if let found = value as? T { return found }
            let made = make()
            value = made
            return made
        }
    }
}
