import Dispatch
import NewslintCore
import NewslintReporters

/// What the HTTP API does, without HTTP: check or fix one text and answer
/// with the JSON the command line writes for one file (path "request").
public final class LintService: Sendable {
    public struct Limits: Sendable {
        /// Largest request body accepted, in bytes (413 beyond).
        public var maximumBodyBytes = 1 << 20
        /// Lint jobs at once.
        public var concurrentJobs = 2
        /// Requests waiting for a job slot before 503.
        public var maximumWaiting = 256
        /// A request that waited this long for a slot gets 503 instead.
        public var queueDeadlineNanoseconds: UInt64 = 10_000_000_000
        /// Answers kept for repeated requests (0: none), and their bytes.
        public var cachedAnswers = 512
        public var cacheBytes = 64 << 20

        public init() {}
    }

    public let limits: Limits
    public let version: String
    private let linters: LinterCache
    private let limiter: LintLimiter
    private let cache: ResponseCache

    public init(linters: LinterCache, limits: Limits, version: String) {
        self.linters = linters
        self.limits = limits
        self.version = version
        self.limiter = LintLimiter(slots: limits.concurrentJobs, maximumWaiting: limits.maximumWaiting)
        self.cache = ResponseCache(maximumEntries: limits.cachedAnswers, maximumBytes: limits.cacheBytes)
    }

    static let path = "request"

    public func check(_ body: [UInt8]) async throws(ServiceError) -> String {
        try await answer("check", body) { request, linter in
            let source = SourceText(request.text)
            let diagnostics = try linter.lint(source, format: request.format)
            return JSONReporter.render([FileReport(path: Self.path, source: source, diagnostics: diagnostics)])
        }
    }

    /// The fixed text and what is left to report in it.
    public func fix(_ body: [UInt8]) async throws(ServiceError) -> String {
        try await answer("fix", body) { request, linter in
            let minimum: Applicability = request.overrides.unsafeFixes ? .unsafe : .safe
            let outcome = try Fixer(linter: linter).fix(SourceText(request.text), format: request.format, minimum: minimum)
            let report = FileReport(path: Self.path, source: outcome.source, diagnostics: outcome.remaining)
            return JSONReporter.render([report], extra: [
                ("fixed", .object([
                    ("text", .string(String(decoding: outcome.source.bytes, as: UTF8.self))),
                    ("applied", .int(outcome.fixedCount)),
                ])),
            ])
        }
    }

    /// A kept answer to the same body, or the request parsed, its linter
    /// found and `work` run in a job slot, the answer kept for next time.
    private func answer(
        _ endpoint: String, _ body: [UInt8], _ work: @escaping @Sendable (LintRequest, Linter) throws -> String
    ) async throws(ServiceError) -> String {
        if let known = cache.answer(endpoint, body) { return known }
        let request = try LintRequest.parse(body)
        let linter = try linters.linter(for: request.overrides)
        let answer = try await runJob { try work(request, linter) }
        cache.remember(endpoint, body, answer)
        return answer
    }

    /// `GET /v1/rules`: the rules the server runs by default.
    public func rules() -> String {
        let rules: [JSONValue] = linters.standardRules.map { rule in
            let metadata = rule.metadata
            return .object([
                ("id", .string(metadata.id)),
                ("category", .string(metadata.category.rawValue)),
                ("severity", .string(metadata.defaultSeverity.rawValue)),
                ("fix", metadata.fixApplicability.map { .string($0.rawValue) } ?? .null),
                ("summary", .string(metadata.summary)),
            ])
        }
        return JSONValue.object([("version", .string(version)), ("rules", .array(rules))]).rendered() + "\n"
    }

    /// Runs CPU work on a dispatch worker, never on the server's threads,
    /// once a job slot is free.
    private func runJob(_ work: @escaping @Sendable () throws -> String) async throws(ServiceError) -> String {
        let queued = DispatchTime.now().uptimeNanoseconds
        guard await limiter.acquire() else { throw ServiceError(.busy, "too many requests waiting; try again") }
        defer { Task { await limiter.release() } }
        guard DispatchTime.now().uptimeNanoseconds - queued <= limits.queueDeadlineNanoseconds else {
            throw ServiceError(.busy, "the request waited too long for a turn; try again")
        }
        let result: Result<String, any Error> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Result { try work() }) }
        }
        switch result {
        case .success(let json): return json
        case .failure(let error): throw ServiceError(.badRequest, "\(error)")
        }
    }
}
