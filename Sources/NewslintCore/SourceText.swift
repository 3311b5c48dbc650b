/// The bytes of one input exactly as read, validated as UTF-8, with what a
/// fix must preserve: the byte-order mark, the line-ending style and the line
/// index. Rules read these bytes; nothing ever lints a rewritten copy.
public struct SourceText: Sendable {
    public enum LineEnding: String, Sendable {
        case lf, crlf, cr, mixed, none
    }

    public let bytes: [UInt8]
    public let hasByteOrderMark: Bool
    public let lineEnding: LineEnding
    public let lineIndex: LineIndex

    /// U+FEFF in UTF-8: first in a file, a byte-order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Offset of the first byte after the byte-order mark.
    public var contentStart: Int { hasByteOrderMark ? 3 : 0 }
    public var contentRange: TextRange { TextRange(start: contentStart, end: bytes.count) }

    public init(bytes: [UInt8]) throws(InputError) {
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            throw .invalidUTF8(offset: offset)
        }
        self.bytes = bytes
        hasByteOrderMark = bytes.starts(with: Self.byteOrderMark)
        lineEnding = Self.detectLineEnding(bytes)
        lineIndex = LineIndex(bytes: bytes, contentStart: hasByteOrderMark ? 3 : 0)
    }

    public init(_ string: String) {
        // A Swift String is always valid UTF-8.
        try! self.init(bytes: Array(string.utf8))
    }

    /// The text of a range, decoded.
    public func text(_ range: TextRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    /// The whole content (after the byte-order mark) as a String.
    public var contentString: String { text(contentRange) }

    public func location(of offset: Int) -> (line: Int, column: Int) {
        lineIndex.location(of: offset, in: bytes)
    }

    /// Locations of many offsets; linear when they are sorted.
    public func locations(of offsets: [Int]) -> [(line: Int, column: Int)] {
        lineIndex.locations(of: offsets, in: bytes)
    }

    private static func detectLineEnding(_ bytes: [UInt8]) -> LineEnding {
        var sawLF = false, sawCRLF = false, sawCR = false
        // Text without a CR (nearly all of it) needs no walk.
        let carriageReturn = bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: 0x0D, in: $0, from: 0, to: $0.count) }
        guard carriageReturn != nil else {
            return bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: 0x0A, in: $0, from: 0, to: $0.count) } == nil ? .none : .lf
        }
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    sawCRLF = true
                    index += 1
                } else {
                    sawCR = true
                }
            } else if bytes[index] == 0x0A {
                sawLF = true
            }
            index += 1
        }
        switch (sawLF, sawCRLF, sawCR) {
        case (false, false, false): return .none
        case (true, false, false): return .lf
        case (false, true, false): return .crlf
        case (false, false, true): return .cr
        default: return .mixed
        }
    }
}

/// Input newslint cannot lint. The CLI turns these into exit code 2 with the
/// file's path in the message.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(offset: Int)

    public var description: String {
        switch self {
        case .invalidUTF8(let offset):
            return "not valid UTF-8: the first bad byte sequence starts at byte offset \(offset)"
        }
    }
}
