/// The findings an editor has switched off in the copy itself, with
/// directives on lines of their own:
///
///     newslint-disable-next-line [RULE …]        the next line
///     newslint-disable [RULE …]                  from the next line …
///     newslint-enable [RULE …]                   … to here (or to the end)
///
/// written bare (plain text, where the CMS strips such lines) or as an HTML
/// comment, `<!-- newslint-disable joined-words -->`, in Markdown and HTML.
/// No rule named means every rule. Rule names may be separated by spaces or
/// commas. A directive that silences nothing is reported as
/// `unused-suppression` (when that rule runs), as ruff reports an unused
/// `noqa`: a stale suppression would hide the next real problem.
public struct Suppressions {
    struct Directive {
        enum Kind { case nextLine, region }
        let kind: Kind
        /// Empty: every rule.
        let rules: Set<String>
        /// The directive's own line (its range, newline excluded).
        let range: TextRange
        /// The directive as written, without the spaces around it.
        let written: String
        /// The lines it silences, 1-based, inclusive.
        var lines: ClosedRange<Int>
        var used = false
    }

    private(set) var directives: [Directive] = []

    init(_ source: SourceText) {
        let bytes = source.bytes
        var line = 1
        var lineStart = source.contentStart
        var open: [Int] = []  // indices of regions not yet closed
        var index = lineStart
        while index <= bytes.count {
            guard index == bytes.count || bytes[index] == 0x0A else {
                index += 1
                continue
            }
            var end = index
            if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
            if let (keyword, rules, written) = Self.directive(in: bytes[lineStart..<end]) {
                let range = TextRange(start: lineStart, end: end)
                switch keyword {
                case .disableNextLine:
                    directives.append(Directive(kind: .nextLine, rules: rules, range: range, written: written, lines: (line + 1)...(line + 1)))
                case .disable:
                    open.append(directives.count)
                    directives.append(Directive(kind: .region, rules: rules, range: range, written: written, lines: (line + 1)...Int.max))
                case .enable:
                    // Ends the regions it names (a bare enable ends them all).
                    open.removeAll { regionIndex in
                        let region = directives[regionIndex]
                        guard rules.isEmpty || region.rules == rules else { return false }
                        directives[regionIndex].lines = region.lines.lowerBound...max(region.lines.lowerBound, line - 1)
                        return true
                    }
                }
            }
            line += 1
            lineStart = index + 1
            index += 1
        }
    }

    var isEmpty: Bool { directives.isEmpty }

    /// Whether a finding of `ruleID` starting on `line` is silenced; the
    /// directive that silences it is marked used.
    mutating func silences(_ ruleID: String, onLine line: Int) -> Bool {
        var silenced = false
        for index in directives.indices where directives[index].lines.contains(line) {
            let rules = directives[index].rules
            if rules.isEmpty || rules.contains(ruleID) {
                directives[index].used = true
                silenced = true
            }
        }
        return silenced
    }

    /// Directives that silenced nothing, among those about rules that ran
    /// (one naming only rules switched off cannot be judged).
    func unused(running ruleIDs: Set<String>) -> [Directive] {
        directives.filter { !$0.used && ($0.rules.isEmpty || !$0.rules.isDisjoint(with: ruleIDs)) }
    }

    private enum Keyword: String {
        case disableNextLine = "newslint-disable-next-line"
        case disable = "newslint-disable"
        case enable = "newslint-enable"
    }

    /// The directive a line holds, bare or as a whole-line HTML comment.
    private static func directive(in line: ArraySlice<UInt8>) -> (Keyword, Set<String>, String)? {
        // Almost no line is one: look for "newslint-" before making a string.
        guard line.count >= 15, line.contains(0x6E) else { return nil }
        let written = Substring(String(decoding: line, as: UTF8.self)).trimmingSpaces
        var text = written
        if text.hasPrefix("<!--") {
            guard text.hasSuffix("-->") else { return nil }
            text = text.dropFirst(4).dropLast(3).trimmingSpaces
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        guard let first = words.first, let keyword = Keyword(rawValue: first) else { return nil }
        return (keyword, Set(words.dropFirst()), String(written))
    }
}

private extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}

extension Suppressions {
    /// The id under which unused directives are reported.
    public static let unusedRuleID = "unused-suppression"

    /// Whether "newslint-" occurs at all: most documents hold no directive,
    /// and this byte scan spares them the line-by-line reading.
    static func mentioned(in bytes: [UInt8]) -> Bool {
        let needle = Array("newslint-".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            // memchr to each "-", rare in prose, then compare the eight
            // bytes before it (memchr to each "n" stopped every 15 bytes).
            let dash = needle.count - 1
            var index = dash
            while index < buffer.count, let found = ByteSearch.firstIndex(of: 0x2D, in: buffer, from: index, to: buffer.count) {
                if buffer[(found - dash)...found].elementsEqual(needle) { return true }
                index = found + 1
            }
            return false
        }
    }
}
