import Foundation
import Testing

/// `newslint serve` on a loopback port, called over HTTP as a CMS would.
@Suite(.serialized) struct ServeTests {
    let sample = try! String(contentsOf: CLIRunner.fixtures.appendingPathComponent("vna-wire-sample.txt"), encoding: .utf8)

    static func body(_ object: [String: Any]) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: object))
    }

    @Test func checkGivesTheCommandLinesReport() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let response = try HTTPTestClient.request("POST", "/v1/check", port: server.port, body: Self.body(["text": sample]))
        #expect(response.status == 200)
        #expect(response.headers["content-type"]?.hasPrefix("application/json") == true)
        let cli = try CLIRunner.run(["check", "--format", "json", "--stdin-name", "request", "-"], stdin: Array(sample.utf8))
        #expect(response.body == cli.stdout)
    }

    @Test func fixReturnsTheFixedTextAndWhatRemains() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let markdown = "# Title\n\nThe  minister spoke ,then left. Visit [the site](http://a.example/x ,y).\n"
        let response = try HTTPTestClient.request(
            "POST", "/v1/fix", port: server.port,
            body: Self.body(["text": markdown, "format": "markdown", "config": ["select": ["space-before-punctuation", "missing-space-after-punctuation", "doubled-space"]]]))
        #expect(response.status == 200)
        let fixed = try #require(try response.json()["fixed"] as? [String: Any])
        #expect(fixed["text"] as? String == "# Title\n\nThe minister spoke, then left. Visit [the site](http://a.example/x ,y).\n")
        #expect(fixed["applied"] as? Int == 3)
    }

    @Test func healthAndRules() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let health = try HTTPTestClient.request("GET", "/healthz", port: server.port)
        #expect(health.status == 200)
        #expect(try health.json()["status"] as? String == "ok")
        let rules = try HTTPTestClient.request("GET", "/v1/rules", port: server.port)
        let ids = (try rules.json()["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("joined-words") && ids.contains("misspelling") && ids.count > 40)
    }

    @Test func badRequestsGet400WithAJSONErrorAndTheServerKeepsServing() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let cases: [([UInt8], String)] = [
            (Array("not json".utf8), "the body is not valid JSON"),
            (try Self.body(["text": 3]), "text: expected a string"),
            (try Self.body(["format": "plain"]), "text: required"),
            (try Self.body(["text": "x", "format": "pdf"]), "format: must be plain, markdown or html"),
            (try Self.body(["text": "x", "config": ["selekt": ["a"]]]), "config.selekt: unknown member"),
            (try Self.body(["text": "x", "config": ["select": "joined-words"]]), "config.select: expected an array of strings"),
            (try Self.body(["text": "x", "config": ["select": ["no-such-rule"]]]), "config.select: unknown rule 'no-such-rule'"),
            (try Self.body(["text": "x", "config": ["language": "fr"]]), "config.language: must be en or vi"),
        ]
        for (body, message) in cases {
            let response = try HTTPTestClient.request("POST", "/v1/check", port: server.port, body: body)
            #expect(response.status == 400)
            let error = try #require(try response.json()["error"] as? [String: Any])
            #expect(error["status"] as? Int == 400)
            #expect((error["message"] as? String)?.hasPrefix(message) == true, "\(error)")
        }
        let after = try HTTPTestClient.request("POST", "/v1/check", port: server.port, body: Self.body(["text": "Fine."]))
        #expect(after.status == 200)
    }

    @Test func aBodyOverTheLimitGets413() throws {
        let server = try ServerProcess(arguments: ["--max-body-kib", "4"])
        defer { server.stop() }
        let response = try HTTPTestClient.request("POST", "/v1/check", port: server.port,
                                                  body: Self.body(["text": String(repeating: "word ", count: 2_000)]))
        #expect(response.status == 413)
        #expect((try response.json()["error"] as? [String: Any])?["status"] as? Int == 413)
        let small = try HTTPTestClient.request("POST", "/v1/check", port: server.port, body: Self.body(["text": "Fine."]))
        #expect(small.status == 200)
    }

    /// Every documented path, and 200, 400 and 413 answers, checked against
    /// Sources/NewslintService/openapi.yaml by Tests/Tools/validate_responses.py.
    @Test func answersMatchTheOpenAPIDocument() throws {
        let server = try ServerProcess(arguments: ["--max-body-kib", "64"])
        defer { server.stop() }
        let calls: [(String, String, [UInt8])] = [
            ("GET", "/healthz", []),
            ("GET", "/v1/rules", []),
            ("POST", "/v1/check", try Self.body(["text": sample])),
            ("POST", "/v1/check", try Self.body(["text": "<p>Sonaffirmed  it</p>", "format": "html",
                                                 "config": ["language": "vi", "tone_style": "new"]])),
            ("POST", "/v1/check", Array("{\"text\": [1]}".utf8)),
            ("POST", "/v1/check", try Self.body(["text": String(repeating: "a", count: 70_000)])),
            ("POST", "/v1/fix", try Self.body(["text": sample, "config": ["unsafe_fixes": true]])),
            ("POST", "/v1/fix", try Self.body(["text": "x", "config": ["ignore": ["nothing-like-this"]]])),
        ]
        var exchanges: [[String: Any]] = []
        for (method, path, body) in calls {
            let response = try HTTPTestClient.request(method, path, port: server.port, body: body)
            exchanges.append(["method": method, "path": path, "status": response.status, "body": response.body])
        }
        #expect(exchanges.map { $0["status"] as? Int } == [200, 200, 200, 200, 400, 413, 200, 400])
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("exchanges.json")
        try JSONSerialization.data(withJSONObject: exchanges).write(to: file)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let validation = try CLIRunner.run(
            ["python3", root.appendingPathComponent("Tests/Tools/validate_responses.py").path,
             root.appendingPathComponent("Sources/NewslintService/openapi.yaml").path, file.path],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(validation.status == 0, "\(validation.stderr)")
    }

    @Test func concurrentClientsAllGetTheirOwnAnswer() throws {
        let server = try ServerProcess(arguments: ["--jobs", "2"])
        defer { server.stop() }
        let texts = (0..<24).map { "Story \($0): the minister arrived inHanoi on day \($0)." }
        let answers = Locked<[Int: String]>([:])
        let port = server.port
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            let response = try? HTTPTestClient.request("POST", "/v1/check", port: port,
                                                       body: Self.body(["text": texts[index]]))
            answers.update { $0[index] = response?.body }
        }
        for (index, text) in texts.enumerated() {
            let body = try #require(answers.value[index])
            let cli = try CLIRunner.run(["check", "--format", "json", "--stdin-name", "request", "-"], stdin: Array(text.utf8))
            #expect(body == cli.stdout)
        }
    }
}

final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
