import NewslintCore
import Synchronization

/// The linters the service lints with: one for the server's own settings,
/// built at start, and one for each set of request overrides seen, built on
/// first use and then shared read-only by every request that names it.
public final class LinterCache: Sendable {
    public typealias Factory = @Sendable (LintOverrides) throws(ServiceError) -> Linter

    private let factory: Factory
    private let linters: Mutex<[LintOverrides: Linter]>
    /// Distinct override sets kept; beyond it a linter is built per request.
    private let capacity: Int

    public init(capacity: Int = 64, factory: @escaping Factory) throws(ServiceError) {
        self.factory = factory
        self.capacity = capacity
        let standard = try factory(LintOverrides())
        self.linters = Mutex([LintOverrides(): standard])
    }

    /// Every rule the server's own linter runs.
    public var standardRules: [any Rule] {
        linters.withLock { $0[LintOverrides()]!.rules }
    }

    public func linter(for overrides: LintOverrides) throws(ServiceError) -> Linter {
        var key = overrides
        key.unsafeFixes = false  // fixing more or less uses the same rules
        if let known = linters.withLock({ $0[key] }) { return known }
        let made = try factory(key)
        linters.withLock { cache in
            if cache.count < capacity { cache[key] = made }
        }
        return made
    }
}
