import Foundation
import NewslintCore

/// Reads an input and turns its bytes into SourceText, refusing what
/// newslint cannot lint safely with a message that names the problem.
public struct InputReader: Sendable {
    /// Files larger than this are refused. Linting keeps the file, its
    /// tokens and its findings in memory: about 8 times the file's size for
    /// news copy, up to 40 times for a file dense with findings.
    public var maximumBytes: Int
    /// Lint a file that is not valid UTF-8 anyway, each invalid byte read
    /// as "?" so offsets still match the file. Such text is never written.
    public var lossy: Bool

    public static let defaultMaximumBytes = 64 << 20

    public init(maximumBytes: Int = Self.defaultMaximumBytes, lossy: Bool = false) {
        self.maximumBytes = maximumBytes
        self.lossy = lossy
    }

    /// The source, and how many invalid bytes were replaced (lossy only).
    public func read(_ input: Input) throws(InputFailure) -> (source: SourceText, replacedBytes: Int) {
        let name = input.displayName
        let bytes = try input.isStandardInput ? readStandardInput() : FileIO.readAll(path: input.path, limit: maximumBytes)
        guard bytes.count <= maximumBytes else { throw tooLarge(name, bytes.count) }
        if let encoding = Self.otherUnicodeEncoding(bytes) {
            throw InputFailure(path: name, reason: "is \(encoding); newslint reads UTF-8: convert it first "
                               + "(for example: iconv -f \(encoding.prefix(6)) -t UTF-8)")
        }
        if let nul = bytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: 0, in: $0, from: 0, to: $0.count) }) {
            throw InputFailure(path: name, reason: "binary file (NUL byte at offset \(nul)); skipped", isSkip: true)
        }
        do {
            return (try SourceText(bytes: bytes), 0)
        } catch {
            guard lossy else { throw InputFailure(path: name, reason: error.description) }
            let (repaired, count) = Self.replacingInvalidBytes(bytes)
            return (try! SourceText(bytes: repaired), count)
        }
    }

    /// "UTF-16LE (byte-order mark FF FE)" and the like, from a byte-order mark.
    static func otherUnicodeEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE (byte-order mark FF FE 00 00)" }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE (byte-order mark 00 00 FE FF)" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE (byte-order mark FF FE)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE (byte-order mark FE FF)" }
        return nil
    }

    /// Each byte of every invalid sequence replaced by "?", one for one.
    static func replacingInvalidBytes(_ bytes: [UInt8]) -> ([UInt8], Int) {
        var repaired = bytes
        var count = 0
        var start = 0
        while let offset = repaired[start...].withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
            repaired[start + offset] = UInt8(ascii: "?")
            count += 1
            start += offset + 1
        }
        return (repaired, count)
    }

    private func tooLarge(_ name: String, _ size: Int) -> InputFailure {
        InputFailure(path: name, reason: "is \(size >> 20) MiB; newslint lints files up to \(maximumBytes >> 20) MiB "
                     + "(--max-file-size)")
    }

    private func readStandardInput() throws(InputFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFailure(path: "<stdin>", reason: "cannot read: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
            guard bytes.count <= maximumBytes else { throw tooLarge("<stdin>", bytes.count) }
        }
    }
}
