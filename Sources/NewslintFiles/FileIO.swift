import Foundation
import NewslintCore

/// File reading and the atomic write behind `fix --in-place`, in POSIX
/// calls so every failure carries its errno.
public enum FileIO {
    /// The whole file; refuses a file larger than `limit` before reading it.
    public static func readAll(path: String, limit: Int = .max) throws(InputFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot open") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path, "cannot stat") }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw InputFailure(path: path, reason: "is a directory")
        }
        guard Int(status.st_size) <= limit else {
            throw InputFailure(path: path, reason: "is \(Int(status.st_size) >> 20) MiB; newslint lints files up to "
                               + "\(limit >> 20) MiB (--max-file-size)")
        }
        // The size stat gave is read straight into the array (in huge
        // pages when large), then whatever the file grew by since, if anything.
        let expected = Int(max(status.st_size, 0))
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { storage, count in
            HugePages.advise(UnsafeMutableRawBufferPointer(storage))
            while count < expected {
                let read = read(descriptor, storage.baseAddress! + count, expected - count)
                if read < 0 && errno == EINTR { continue }
                if read <= 0 {
                    failed = read < 0
                    return
                }
                count += read
            }
        }
        if failed { throw failure(path, "cannot read") }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read")
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Replaces the file at `path` with `bytes` so that a reader sees either
    /// the old or the new content, never a mix: a temporary file in the same
    /// directory is written, flushed to disk and renamed over the target.
    /// The target's permissions are kept. A symbolic link is followed and
    /// its target written. Refuses when the file is read-only or no longer
    /// holds `expected` (changed by someone else since it was read). On any
    /// failure the original file is left as it was.
    public static func replaceAtomically(
        path: String, with bytes: [UInt8], expected: [UInt8],
        write writeBytes: (Int32, [UInt8], String) throws(InputFailure) -> Void = FileIO.writeAll
    ) throws(InputFailure) {
        guard let resolved = realpath(path, nil) else { throw failure(path, "cannot resolve path") }
        let target = String(cString: resolved)
        free(resolved)
        var status = stat()
        guard stat(target, &status) == 0 else { throw failure(path, "cannot stat") }
        // Root may write anything; the read-only bits still say "do not touch".
        guard status.st_mode & 0o222 != 0, access(target, W_OK) == 0 else {
            throw InputFailure(path: path, reason: "file is read-only; not written")
        }
        guard try readAll(path: target) == expected else {
            throw InputFailure(path: path, reason: "file changed while newslint was fixing it; not written")
        }
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array("\(directory)/.\(name).newslint-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file beside it") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            try writeBytes(descriptor, bytes, path)
            guard fchmod(descriptor, status.st_mode & 0o7777) == 0 else { throw failure(path, "cannot set permissions") }
            _ = fchown(descriptor, status.st_uid, status.st_gid)  // best effort: only root may give files away
            guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush to disk") }
        }
        guard rename(temporary, target) == 0 else { throw failure(path, "cannot replace the file") }
        committed = true
        let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            _ = fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes.
    public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(InputFailure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot write")
            }
            written += count
        }
    }

    private static func failure(_ path: String, _ action: String) -> InputFailure {
        InputFailure(path: path, reason: "\(action): \(String(cString: strerror(errno)))")
    }
}
