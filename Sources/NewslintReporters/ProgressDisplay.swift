import Foundation

/// "[ 120/2000] checking desk/story.txt" on standard error while a long run
/// goes on: only on a terminal, only once the run has taken a quarter of a
/// second, redrawn at most ten times a second, and erased before anything
/// else is written to standard error or the run ends.
public final class ProgressDisplay {
    private let total: Int
    private let enabled: Bool
    private let now: () -> UInt64
    private let write: (String) -> Void
    private let started: UInt64
    private var done = 0
    private var lastDrawn: UInt64?
    private var visibleWidth = 0

    public static let delay: UInt64 = 250_000_000
    public static let interval: UInt64 = 100_000_000

    public init(total: Int, enabled: Bool,
                now: @escaping () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
                write: @escaping (String) -> Void) {
        self.total = total
        self.enabled = enabled && total > 1
        self.now = now
        self.write = write
        self.started = now()
    }

    /// One more input is finished; `path` is the one just reported.
    public func advance(past path: String) {
        done += 1
        guard enabled else { return }
        let time = now()
        guard time - started >= Self.delay else { return }
        if let lastDrawn, time - lastDrawn < Self.interval, done < total { return }
        lastDrawn = time
        let width = String(total).count
        let count = String(repeating: " ", count: width - String(done).count) + String(done)
        var line = "[\(count)/\(total)] \(path)"
        if line.count > 78 { line = String(line.prefix(77)) + "…" }
        let padding = String(repeating: " ", count: max(0, visibleWidth - line.count))
        visibleWidth = line.count
        write("\r" + line + padding)
    }

    /// Removes the progress line, if one is shown.
    public func clear() {
        guard visibleWidth > 0 else { return }
        write("\r" + String(repeating: " ", count: visibleWidth) + "\r")
        visibleWidth = 0
    }
}
