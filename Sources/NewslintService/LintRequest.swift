import Foundation
import NewslintCore

/// What a client may change for one request (the body's `config`).
public struct LintOverrides: Hashable, Sendable {
    /// Run only these rules (empty: the server's).
    public var select: [String] = []
    /// Do not run these rules.
    public var ignore: [String] = []
    /// The copy's language, "en" or "vi" (nil: the server's).
    public var language: String?
    /// Tone-mark placement, "old" or "new" (nil: the server's).
    public var toneStyle: String?
    /// `fix` also applies unsafe fixes.
    public var unsafeFixes = false

    public init() {}
}

/// One `POST /v1/check` or `/v1/fix` body:
///
///     {"text": "…", "format": "plain" | "markdown" | "html",
///      "config": {"select": […], "ignore": […], "language": "en" | "vi",
///                 "tone_style": "old" | "new", "unsafe_fixes": false}}
///
/// Only `text` is required. Unknown members are an error, as they are in
/// `.newslint.yml`: a misspelt option must not be silently ignored.
public struct LintRequest: Sendable {
    public let text: String
    public let format: Document.Format
    public let overrides: LintOverrides

    public static func parse(_ body: [UInt8]) throws(ServiceError) -> LintRequest {
        do {
            let decoded = try JSONDecoder().decode(Body.self, from: Data(body))
            return LintRequest(text: decoded.text, format: decoded.format, overrides: decoded.overrides)
        } catch let error as DecodingError {
            throw ServiceError(.badRequest, Self.describe(error))
        } catch let error as ServiceError {
            throw error
        } catch {
            throw ServiceError(.badRequest, "the body is not a JSON request")
        }
    }

    private struct Body: Decodable {
        let text: String
        let format: Document.Format
        let overrides: LintOverrides

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            try Key.refuseUnknown(in: container, known: ["text", "format", "config"], at: "")
            text = try container.decode(String.self, forKey: Key("text"))
            let formatName = try container.decodeIfPresent(String.self, forKey: Key("format")) ?? "plain"
            guard let format = Document.Format(rawValue: formatName) else {
                throw ServiceError(.badRequest, "format: must be plain, markdown or html, not '\(formatName)'")
            }
            self.format = format
            var overrides = LintOverrides()
            if container.contains(Key("config")) {
                let config = try container.nestedContainer(keyedBy: Key.self, forKey: Key("config"))
                try Key.refuseUnknown(in: config, known: ["select", "ignore", "language", "tone_style", "unsafe_fixes"],
                                      at: "config.")
                overrides.select = try config.decodeIfPresent([String].self, forKey: Key("select")) ?? []
                overrides.ignore = try config.decodeIfPresent([String].self, forKey: Key("ignore")) ?? []
                overrides.language = try config.decodeIfPresent(String.self, forKey: Key("language"))
                overrides.toneStyle = try config.decodeIfPresent(String.self, forKey: Key("tone_style"))
                overrides.unsafeFixes = try config.decodeIfPresent(Bool.self, forKey: Key("unsafe_fixes")) ?? false
            }
            self.overrides = overrides
        }
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }

        static func refuseUnknown(in container: KeyedDecodingContainer<Key>, known: Set<String>, at prefix: String) throws {
            if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
                throw ServiceError(.badRequest, "\(prefix)\(unknown): unknown member (expected one of \(known.sorted().joined(separator: ", ")))")
            }
        }
    }

    /// "config.select: expected an array of strings", from a decoding error.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? "body" : path.replacing(".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context)): expected \(Self.name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context)): expected \(Self.name(of: type)), found null"
        case .keyNotFound(let key, _):
            return "\(key.stringValue): required"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "the body is not valid JSON" : "\(path(context)): \(context.debugDescription)"
        @unknown default:
            return "the body is not a valid request"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case _ where "\(type)".hasPrefix("Array"): "an array of strings"
        default: "an object"
        }
    }
}

/// A request the service refuses, with the HTTP status and a message for
/// the JSON error body.
public struct ServiceError: Error, Sendable {
    public enum Kind: Sendable {
        case badRequest, tooLarge, busy
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
