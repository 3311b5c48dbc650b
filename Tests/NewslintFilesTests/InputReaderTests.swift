import Foundation
import NewslintCore
import NewslintFiles
import Testing

@Suite struct InputReaderTests {
    private func withFile<T>(_ bytes: [UInt8], _ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newslint-\(UUID().uuidString).txt")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    private func failure(_ bytes: [UInt8], reader: InputReader = InputReader()) throws -> InputFailure? {
        try withFile(bytes) { path -> InputFailure? in
            do {
                _ = try reader.read(Input(path: path))
                return nil
            } catch {
                return error as? InputFailure
            }
        }
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0x48, 0x00], "UTF-16LE"), ([0xFE, 0xFF, 0x00, 0x48], "UTF-16BE"),
        ([0xFF, 0xFE, 0x00, 0x00, 0x48, 0x00, 0x00, 0x00], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
    ] as [([UInt8], String)])
    func refusesOtherUnicodeEncodingsByName(bytes: [UInt8], encoding: String) throws {
        let problem = try #require(try failure(bytes))
        #expect(problem.reason.contains("is \(encoding)") && problem.reason.contains("convert it first"))
        #expect(!problem.isSkip)
    }

    @Test func skipsBinaryFilesNamingTheFirstNUL() throws {
        let problem = try #require(try failure(Array("PNG".utf8) + [0x00, 0x01]))
        #expect(problem.isSkip)
        #expect(problem.reason == "binary file (NUL byte at offset 3); skipped")
    }

    @Test func refusesInvalidUTF8UnlessLossyWhichKeepsOffsets() throws {
        let bytes: [UInt8] = Array("ab".utf8) + [0xC3, 0x28] + Array(" Sơn".utf8) + [0xFF]
        let problem = try #require(try failure(bytes))
        #expect(problem.reason.contains("byte offset 2"))
        let (source, replaced) = try withFile(bytes) { try InputReader(lossy: true).read(Input(path: $0)) }
        #expect(replaced == 2)
        #expect(source.bytes.count == bytes.count)
        #expect(source.contentString == "ab?( Sơn?")
    }

    @Test func refusesFilesOverTheLimitBeforeReadingThem() throws {
        let problem = try #require(try failure([UInt8](repeating: 0x61, count: 3 << 20), reader: InputReader(maximumBytes: 2 << 20)))
        #expect(problem.reason == "is 3 MiB; newslint lints files up to 2 MiB (--max-file-size)")
    }

    @Test func readsEmptyFiles() throws {
        let (source, _) = try withFile([]) { try InputReader().read(Input(path: $0)) }
        #expect(source.bytes.isEmpty)
    }
}

@Suite struct AtomicWriteTests {
    private func folderWithFile(_ text: String, permissions: Int = 0o644) throws -> (URL, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newslint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("story.txt")
        try Data(text.utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file.path)
        return (folder, file)
    }

    @Test func aFailedWriteLeavesTheOriginalAndNoTemporaryFile() throws {
        let (folder, file) = try folderWithFile("original text\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: InputFailure.self) {
            try FileIO.replaceAtomically(path: file.path, with: Array("new text\n".utf8), expected: Array("original text\n".utf8)) {
                descriptor, bytes, path throws(InputFailure) in
                // Half the bytes reach the disk, then the disk is full.
                try FileIO.writeAll(descriptor, Array(bytes.prefix(4)), path: path)
                throw InputFailure(path: path, reason: "cannot write: No space left on device")
            }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "original text\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["story.txt"])
    }

    @Test func refusesAFileChangedSinceItWasRead() throws {
        let (folder, file) = try folderWithFile("edited by someone else\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: InputFailure.self) {
            try FileIO.replaceAtomically(path: file.path, with: Array("fixed\n".utf8), expected: Array("as read\n".utf8))
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by someone else\n")
    }

    @Test func replacesAndKeepsPermissions() throws {
        let (folder, file) = try folderWithFile("a,b\n", permissions: 0o600)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileIO.replaceAtomically(path: file.path, with: Array("a, b\n".utf8), expected: Array("a,b\n".utf8))
        #expect(try String(contentsOf: file, encoding: .utf8) == "a, b\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
    }
}
