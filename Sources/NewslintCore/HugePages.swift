#if canImport(Glibc)
import Glibc
#endif

/// Asking Linux to back a large array with 2 MB pages. The token array of a
/// 10 MB file is about 45 MB, written once from start to end: in 4 KB pages
/// that is 11,000 page faults, a quarter of the tokenizer's time; in 2 MB
/// pages, 22. Only advice: the kernel may decline (transparent huge pages
/// off), nothing changes but speed, and elsewhere it does nothing.
public enum HugePages {
    /// Faults in the pages of `byteCount` bytes from `start`, 2 MB at a
    /// time (the last first, or the first), without changing what they
    /// hold: for a core with nothing else to do, ahead of another core that
    /// is filling them from the front. Pages the filler reached first are
    /// already in and cost nothing. Stops at the first refusal (an old
    /// kernel, memory given back); nothing changes but speed, and elsewhere
    /// it does nothing.
    public static func prefault(start: UInt, byteCount: Int, lastFirst: Bool) {
        #if os(Linux)
        // madvise takes whole pages.
        let page = 4096, step = 2 << 20
        let first = (Int(start) + page - 1) & ~(page - 1)
        let end = (Int(start) + byteCount) & ~(page - 1)
        guard end > first else { return }
        // The 2 MB-aligned pieces of first..<end.
        var pieces = stride(from: first & ~(step - 1), to: end, by: step).map { max($0, first)..<min($0 + step, end) }
        if lastFirst { pieces.reverse() }
        for piece in pieces {
            // MADV_POPULATE_WRITE (Linux 5.14): the pages, writable, without a write.
            guard madvise(UnsafeMutableRawPointer(bitPattern: piece.lowerBound), piece.count, 23) == 0 else { return }
        }
        #endif
    }

    /// Advises huge pages for the 2 MB-aligned part of `memory`.
    public static func advise(_ memory: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard let base = memory.baseAddress else { return }
        let size: UInt = 2 << 20
        let start = UInt(bitPattern: base)
        let end = start + UInt(memory.count)
        let alignedStart = (start + size - 1) & ~(size - 1), alignedEnd = end & ~(size - 1)
        guard alignedEnd > alignedStart else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: alignedStart), Int(alignedEnd - alignedStart), MADV_HUGEPAGE)
        #endif
    }
}
