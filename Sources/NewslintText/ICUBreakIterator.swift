import CICU

/// A failure reported by ICU.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let status: Int32

    public var description: String {
        "ICU \(operation) failed: \(String(cString: nl_status_name(status)))"
    }
}

/// An ICU word or sentence break iterator over UTF-8 bytes. Stateful and not
/// thread-safe: make one per task (opening one costs a few microseconds).
final class ICUBreakIterator {
    enum Kind {
        case word, sentence
    }

    private let handle: OpaquePointer

    init(_ kind: Kind) throws {
        var status: Int32 = 0
        let code = kind == .word ? Int32(NL_BREAK_WORD) : Int32(NL_BREAK_SENTENCE)
        guard let handle = nl_breaker_open(code, "", &status), status <= 0 else {
            throw ICUError(operation: "ubrk_open", status: status)
        }
        self.handle = handle
    }

    deinit { nl_breaker_close(handle) }

    /// Calls `body(start, end, ruleStatus)` for each segment of `bytes`, with
    /// byte offsets relative to the buffer's start.
    func forEachSegment(
        _ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int32) -> Void
    ) throws {
        let status = nl_breaker_set_utf8(handle, bytes.baseAddress, Int64(bytes.count))
        guard status <= 0 else { throw ICUError(operation: "ubrk_setUText", status: status) }
        var start = 0
        var ruleStatus: Int32 = 0
        while true {
            let end = nl_breaker_next(handle, &ruleStatus)
            if end < 0 { break }
            body(start, Int(end), ruleStatus)
            start = Int(end)
        }
    }
}
