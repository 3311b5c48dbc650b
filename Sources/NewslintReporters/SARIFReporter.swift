import NewslintCore

/// SARIF 2.1.0 (`--format sarif`), the OASIS format code-scanning services
/// read: one run, each finding a result with its region (1-based lines,
/// columns in Unicode code points as `columnKind` says, and the UTF-8 byte
/// range), each safe fix a SARIF `fixes` entry of byte-range replacements.
///
/// Streamed like the JSON report: results are written as files finish and the
/// tool with the rules that were seen comes last (object members have no
/// order in JSON), so a run over many files never holds them all. A rule's
/// `ruleIndex` is its place in that closing list.
public final class SARIFReporter {
    public struct ToolInfo: Sendable {
        public let version: String
        /// The rule's metadata by id, for the closing rule list.
        public let rules: [String: RuleMetadata]

        public init(version: String, rules: [String: RuleMetadata]) {
            self.version = version
            self.rules = rules
        }
    }

    private let tool: ToolInfo
    /// Rule ids in the order they were first reported; their index is `ruleIndex`.
    private var ruleOrder: [String] = []
    private var ruleIndex: [String: Int] = [:]
    private var wroteResult = false

    public init(tool: ToolInfo) {
        self.tool = tool
    }

    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public func begin(write: (String) -> Void) {
        write("{\n  \"$schema\": \"\(Self.schemaURI)\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
              + "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
    }

    public func report(_ report: FileReport, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        let uri = Self.uriReference(report.path)
        var buffer = ""
        for (diagnostic, start) in zip(report.diagnostics, locations) {
            buffer += (wroteResult ? ",\n        " : "\n        ")
                + result(diagnostic, start: start, uri: uri, source: report.source).rendered(indent: 4)
            wroteResult = true
            if buffer.utf8.count > 65_536 {
                write(buffer)
                buffer = ""
            }
        }
        if !buffer.isEmpty { write(buffer) }
    }

    public func end(write: (String) -> Void) {
        let rules: [JSONValue] = ruleOrder.map { id in
            let metadata = tool.rules[id]
            var fields: [(String, JSONValue)] = [("id", .string(id))]
            if let metadata {
                fields += [
                    ("shortDescription", .object([("text", .string(metadata.summary))])),
                    ("fullDescription", .object([("text", .string(metadata.rationale))])),
                    ("defaultConfiguration", .object([("level", .string(Self.level(metadata.defaultSeverity)))])),
                    ("properties", .object([("category", .string(metadata.category.rawValue))])),
                ]
            }
            return .object(fields)
        }
        let driver = JSONValue.object([
            ("name", .string("newslint")),
            ("version", .string(tool.version)),
            ("rules", .array(rules)),
        ])
        write((wroteResult ? "\n      ]" : "]") + ",\n      \"tool\": "
              + JSONValue.object([("driver", driver)]).rendered(indent: 3) + "\n    }\n  ]\n}\n")
    }

    private func index(of ruleID: String) -> Int {
        if let index = ruleIndex[ruleID] { return index }
        ruleIndex[ruleID] = ruleOrder.count
        ruleOrder.append(ruleID)
        return ruleOrder.count - 1
    }

    private func result(_ diagnostic: Diagnostic, start: (line: Int, column: Int), uri: String,
                        source: SourceText) -> JSONValue {
        let end = source.location(of: diagnostic.range.end)
        let region = JSONValue.object([
            ("startLine", .int(start.line)),
            ("startColumn", .int(start.column)),
            ("endLine", .int(end.line)),
            ("endColumn", .int(end.column)),
            ("byteOffset", .int(diagnostic.range.start)),
            ("byteLength", .int(diagnostic.range.length)),
        ])
        let artifact = JSONValue.object([("uri", .string(uri))])
        var fields: [(String, JSONValue)] = [
            ("ruleId", .string(diagnostic.ruleID)),
            ("ruleIndex", .int(index(of: diagnostic.ruleID))),
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([.object([
                ("physicalLocation", .object([("artifactLocation", artifact), ("region", region)])),
            ])])),
        ]
        // Only safe fixes: a SARIF consumer may offer any fix as a one-click repair.
        if let fix = diagnostic.fix, fix.applicability == .safe {
            let replacements: [JSONValue] = fix.edits.map { edit in
                .object([
                    ("deletedRegion", .object([("byteOffset", .int(edit.range.start)), ("byteLength", .int(edit.range.length))])),
                    ("insertedContent", .object([("text", .string(edit.replacement))])),
                ])
            }
            let description = fix.edits.map { $0.describe(in: source) }.joined(separator: "; ")
            fields.append(("fixes", .array([.object([
                ("description", .object([("text", .string(description))])),
                ("artifactChanges", .array([.object([("artifactLocation", artifact), ("replacements", .array(replacements))])])),
            ])])))
        }
        if !diagnostic.suggestions.isEmpty {
            fields.append(("properties", .object([("suggestions", .array(diagnostic.suggestions.map(JSONValue.string)))])))
        }
        return .object(fields)
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A path as a URI reference: relative paths stay relative, and every byte
    /// outside RFC 3986's unreserved set and "/" is percent-encoded.
    static func uriReference(_ path: String) -> String {
        var uri = ""
        for byte in path.utf8 {
            let isUnreserved = (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if isUnreserved || byte == 0x2F {
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                uri += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return uri
    }
}
