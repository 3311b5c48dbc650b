@testable import NewslintService
import Testing

@Suite struct ResponseCacheTests {
    @Test func answersTheSameBytesAtTheSameEndpointOnly() {
        let cache = ResponseCache(maximumEntries: 4, maximumBytes: 1 << 20)
        cache.remember("check", Array("{\"text\":\"a\"}".utf8), "answer a")
        #expect(cache.answer("check", Array("{\"text\":\"a\"}".utf8)) == "answer a")
        #expect(cache.answer("fix", Array("{\"text\":\"a\"}".utf8)) == nil)
        #expect(cache.answer("check", Array("{\"text\": \"a\"}".utf8)) == nil)
    }

    @Test func forgetsTheOldestBeyondItsEntriesAndBytes() {
        let cache = ResponseCache(maximumEntries: 2, maximumBytes: 1 << 20)
        for name in ["a", "b", "c"] { cache.remember("check", Array(name.utf8), "answer \(name)") }
        #expect(cache.answer("check", Array("a".utf8)) == nil)
        #expect(cache.answer("check", Array("b".utf8)) == "answer b")
        #expect(cache.answer("check", Array("c".utf8)) == "answer c")

        let small = ResponseCache(maximumEntries: 100, maximumBytes: 400)
        let big = String(repeating: "x", count: 90)
        for index in 0..<10 { small.remember("check", Array("\(index)".utf8), big) }
        #expect(small.answer("check", Array("9".utf8)) == big)
        #expect(small.answer("check", Array("0".utf8)) == nil)  // 10 × 91 bytes do not fit in 400
    }

    @Test func aDisabledCacheKeepsNothing() {
        let cache = ResponseCache(maximumEntries: 0, maximumBytes: 1 << 20)
        cache.remember("check", [1], "x")
        #expect(cache.answer("check", [1]) == nil)
    }
}

@Suite struct LintRequestTests {
    @Test func parsesEveryMember() throws {
        let body = #"{"text": "Hi", "format": "markdown", "config": {"select": ["a"], "ignore": ["b"], "language": "vi", "tone_style": "new", "unsafe_fixes": true}}"#
        let request = try LintRequest.parse(Array(body.utf8))
        #expect(request.text == "Hi" && request.format == .markdown)
        #expect(request.overrides.select == ["a"] && request.overrides.ignore == ["b"])
        #expect(request.overrides.language == "vi" && request.overrides.toneStyle == "new" && request.overrides.unsafeFixes)
    }

    @Test(arguments: [
        (#"{"text": "x", "extra": 1}"#, "extra: unknown member"),
        (#"{"text": "x", "config": {"unsafe_fixes": "yes"}}"#, "config.unsafe_fixes: expected true or false"),
        (#"{"text": "x", "config": {"select": [1]}}"#, "config.select[0]: expected a string"),
        (#"[1, 2]"#, "body: expected an object"),
    ])
    func refusesWithTheMemberNamed(body: String, message: String) {
        #expect(throws: ServiceError.self) { try LintRequest.parse(Array(body.utf8)) }
        do {
            _ = try LintRequest.parse(Array(body.utf8))
        } catch {
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }
}
