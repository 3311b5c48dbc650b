import Foundation
import NewslintCore

/// One thing to lint: a file, or standard input.
public struct Input: Hashable, Sendable {
    /// The path as given or found; "-" for standard input.
    public let path: String
    /// The name standard input stands for (`--stdin-name`), as a git hook
    /// that pipes a staged file gives it.
    public let standardInputName: String?
    /// The format standard input is in (`--stdin-format`), over its name's.
    public let standardInputFormat: Document.Format?
    /// Found by walking a directory rather than named: a configuration's
    /// `exclude` may leave it out.
    public let isFoundInDirectory: Bool

    public init(path: String, standardInputName: String? = nil, standardInputFormat: Document.Format? = nil,
                isFoundInDirectory: Bool = false) {
        self.path = path
        self.isFoundInDirectory = isFoundInDirectory
        self.standardInputName = path == "-" ? standardInputName : nil
        self.standardInputFormat = path == "-" ? standardInputFormat : nil
    }

    public var isStandardInput: Bool { path == "-" }
    public var displayName: String { isStandardInput ? standardInputName ?? "<stdin>" : path }
    /// The name whose extension says the format (.md, .html, else plain).
    public var formatPath: String { standardInputName ?? path }
    /// Markdown, HTML or plain text: `--stdin-format`, else the extension.
    public var format: Document.Format { standardInputFormat ?? Document.Format(path: formatPath) }
}

/// A problem with one input, reported with its path. The run goes on with
/// the other inputs; a failure ends it with exit code 2, a skipped input
/// (a binary file) only gets a warning.
public struct InputFailure: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public let isSkip: Bool

    public init(path: String, reason: String, isSkip: Bool = false) {
        self.path = path
        self.reason = reason
        self.isSkip = isSkip
    }

    public var description: String { "\(path): \(reason)" }
}

public enum InputCollector {
    /// Extensions linted when walking a directory. Files named explicitly
    /// are linted whatever their extension.
    public static let lintedExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Expands paths into inputs: files as given, directories walked
    /// recursively in sorted order (hidden entries and symbolic links to
    /// directories skipped, so a link cannot loop), "-" as standard input.
    public static func collect(_ paths: [String]) -> (inputs: [Input], failures: [InputFailure]) {
        var inputs: [Input] = []
        var failures: [InputFailure] = []
        var seen = Set<String>()
        func add(_ path: String, walked: Bool) {
            if seen.insert(path).inserted { inputs.append(Input(path: path, isFoundInDirectory: walked)) }
        }
        for path in paths {
            if path == "-" {
                add(path, walked: false)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                var link = stat()
                let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                let reason = isLink ? "symbolic link that loops or points nowhere" : "no such file or directory"
                failures.append(InputFailure(path: path, reason: reason))
                continue
            }
            if isDirectory.boolValue {
                walk(path, add: { add($0, walked: true) }, failures: &failures)
            } else {
                add(path, walked: false)
            }
        }
        return (inputs, failures)
    }

    private static func walk(_ directory: String, add: (String) -> Void, failures: inout [InputFailure]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            failures.append(InputFailure(path: directory, reason: "cannot list directory"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                walk(path, add: add, failures: &failures)
            } else if type == S_IFREG || type == S_IFLNK {
                let ext = (name as NSString).pathExtension.lowercased()
                guard lintedExtensions.contains(ext) else { continue }
                var target = stat()
                if type == S_IFLNK && (stat(path, &target) != 0 || target.st_mode & S_IFMT != S_IFREG) { continue }
                add(path)
            }
        }
    }
}

