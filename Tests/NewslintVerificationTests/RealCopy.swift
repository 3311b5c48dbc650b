import Foundation

/// Real copy the differential tests run over: every text fixture and, when
/// present beside the repository, the development corpus.
enum RealCopy {
    static func texts() -> [(name: String, bytes: [UInt8])] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let fixtures = root.appendingPathComponent("Fixtures")
        var files = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { fixtures.appendingPathComponent($0) }
        files.append(root.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc-news-dev.txt"))
        return files.compactMap { file in
            (try? Data(contentsOf: file)).map { (file.lastPathComponent, [UInt8]($0)) }
        }
    }
}
