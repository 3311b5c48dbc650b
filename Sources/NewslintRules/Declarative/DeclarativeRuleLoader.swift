import NewslintCore
import Yams

/// A rule file that cannot be used: the file, the line, and what is wrong.
public struct DeclarativeRuleError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let problem: String

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(problem)" }
}

/// Reads rule files (Rules/*.yml): a mapping with one key, `rules`, whose
/// value is a list of rules. Every key is checked; an unknown key, a wrong
/// type or a rule without examples is an error, never a silent default.
public enum DeclarativeRuleLoader {
    static let ruleKeys: Set<String> = [
        "id", "kind", "category", "severity", "summary", "rationale", "message", "ignore_case", "fix",
        "phrases", "swap", "terms", "sets", "sets_file", "examples", "not_before", "unit", "min_words", "similarity",
    ]

    /// - Parameter resolve: the text of a data file a rule names (`sets_file`), by name.
    public static func load(
        yaml: String, file: String, resolve: @escaping (String) -> String? = { _ in nil }
    ) throws(DeclarativeRuleError) -> [DeclarativeRuleSpec] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch let error as YamlError {
            throw DeclarativeRuleError(file: file, line: Self.line(of: error), problem: "not valid YAML: \(Self.summary(of: error))")
        } catch {
            throw DeclarativeRuleError(file: file, line: nil, problem: "not valid YAML: \(error)")
        }
        guard let root, let mapping = root.mapping else {
            throw DeclarativeRuleError(file: file, line: 1, problem: "expected a mapping with the key 'rules'")
        }
        let reader = NodeReader(file: file, resolve: resolve)
        try reader.onlyKeys(["rules"], in: mapping, at: root)
        guard let list = mapping["rules"] else { throw reader.error(root, "missing 'rules'") }
        guard let rules = list.sequence else { throw reader.error(list, "'rules' must be a list") }
        return try rules.map { node throws(DeclarativeRuleError) in try reader.rule(node) }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}

/// Walks the nodes of a rule file, with errors that name the line.
struct NodeReader {
    let file: String
    var resolve: (String) -> String? = { _ in nil }

    func error(_ node: Node, _ problem: String) -> DeclarativeRuleError {
        DeclarativeRuleError(file: file, line: node.mark.map { $0.line }, problem: problem)
    }

    func onlyKeys(_ allowed: Set<String>, in mapping: Node.Mapping, at node: Node) throws(DeclarativeRuleError) {
        for (key, _) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                throw error(key, "unknown key '\(key.string ?? "?")' (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }

    func string(_ node: Node?, _ what: String, in parent: Node) throws(DeclarativeRuleError) -> String {
        guard let node else { throw error(parent, "missing '\(what)'") }
        guard let value = node.scalar?.string, node.scalar != nil else { throw error(node, "'\(what)' must be text") }
        return value
    }

    func strings(_ node: Node?, _ what: String, in parent: Node) throws(DeclarativeRuleError) -> [String] {
        guard let node else { throw error(parent, "missing '\(what)'") }
        guard let items = node.sequence else { throw error(node, "'\(what)' must be a list") }
        return try items.map { item throws(DeclarativeRuleError) in try string(item, what, in: node) }
    }

    func rule(_ node: Node) throws(DeclarativeRuleError) -> DeclarativeRuleSpec {
        guard let mapping = node.mapping else { throw error(node, "a rule must be a mapping") }
        try onlyKeys(DeclarativeRuleLoader.ruleKeys, in: mapping, at: node)
        let id = try string(mapping["id"], "id", in: node)
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), !id.isEmpty else {
            throw error(node, "rule id '\(id)' must be kebab-case")
        }
        let kindName = try string(mapping["kind"], "kind", in: node)
        let kind: DeclarativeRuleSpec.Kind
        switch kindName {
        case "existence": kind = .existence(phrases: try strings(mapping["phrases"], "phrases", in: node))
        case "capitalization": kind = .capitalization(terms: try strings(mapping["terms"], "terms", in: node))
        case "substitution":
            guard let swap = mapping["swap"], let pairs = swap.mapping else { throw error(node, "'swap' must be a mapping of from: to") }
            kind = .substitution(pairs: try pairs.map { key, value throws(DeclarativeRuleError) in
                (try string(key, "swap", in: swap), try string(value, "swap", in: swap))
            })
        case "consistency":
            if let fileNode = mapping["sets_file"] {
                // A long list lives in a data file: one set a line, variants tab-separated.
                let name = try string(fileNode, "sets_file", in: node)
                guard let text = resolve(name) else { throw error(fileNode, "cannot read the sets file '\(name)'") }
                // Split as bytes: Character-by-Character splitting of a
                // long file is a measurable part of start-up.
                let sets = text.utf8.split(separator: UInt8(ascii: "\n")).map { line in
                    line.split(separator: UInt8(ascii: "\t")).map { String(decoding: $0, as: UTF8.self) }
                }
                guard !sets.isEmpty, sets.allSatisfy({ $0.count >= 2 }) else {
                    throw error(fileNode, "'\(name)' must hold one set a line, two variants or more separated by tabs")
                }
                kind = .consistency(sets: sets)
                break
            }
            guard let sets = mapping["sets"], let list = sets.sequence else { throw error(node, "'sets' must be a list of lists") }
            kind = .consistency(sets: try list.map { set throws(DeclarativeRuleError) in
                let variants = try strings(set, "sets", in: sets)
                guard variants.count >= 2 else { throw error(set, "a consistency set needs two variants or more") }
                return variants
            })
        case "repetition":
            let unit = try mapping["unit"].map { value throws(DeclarativeRuleError) in try string(value, "unit", in: node) } ?? "paragraph"
            guard unit == "paragraph" || unit == "sentence" else { throw error(mapping["unit"]!, "'unit' must be paragraph or sentence") }
            var minimumWords = 12
            if let value = mapping["min_words"] {
                guard let number = value.int, number > 0 else { throw error(value, "'min_words' must be a positive whole number") }
                minimumWords = number
            }
            var similarity = 0.8
            if let value = mapping["similarity"] {
                guard let number = value.float, number > 0, number <= 1 else { throw error(value, "'similarity' must be a number from 0 to 1") }
                similarity = number
            }
            kind = .repetition(unit: unit, minimumWords: minimumWords, similarity: similarity)
        default:
            throw error(mapping["kind"] ?? node, "unknown kind '\(kindName)' (existence, substitution, capitalization, consistency, repetition)")
        }
        let categoryName = try string(mapping["category"], "category", in: node)
        guard let category = Category(rawValue: categoryName) else {
            throw error(mapping["category"]!, "unknown category '\(categoryName)'")
        }
        var severity = Severity.warning
        if let node = mapping["severity"] {
            let name = try string(node, "severity", in: node)
            guard let value = Severity(rawValue: name) else { throw error(node, "unknown severity '\(name)' (error, warning, info)") }
            severity = value
        }
        var ignoresCase = true
        if let node = mapping["ignore_case"] {
            guard let value = node.bool else { throw error(node, "'ignore_case' must be true or false") }
            ignoresCase = value
        }
        var applicability: Applicability? = {
            switch kind {
            case .existence, .repetition: return nil
            default: return .safe
            }
        }()
        if let node = mapping["fix"] {
            let name = try string(node, "fix", in: node)
            if name == "none" {
                applicability = nil
            } else {
                guard let value = Applicability(rawValue: name) else {
                    throw error(node, "unknown fix '\(name)' (safe, unsafe, display-only, none)")
                }
                applicability = value
            }
        }
        let summary = try string(mapping["summary"], "summary", in: node)
        let rationale = try mapping["rationale"].map { value throws(DeclarativeRuleError) in try string(value, "rationale", in: node) } ?? summary
        let message = try mapping["message"].map { value throws(DeclarativeRuleError) in try string(value, "message", in: node) }
            ?? Self.defaultMessage(for: kind)
        return DeclarativeRuleSpec(
            id: id, kind: kind, category: category, severity: severity, summary: summary, rationale: rationale,
            ignoresCase: ignoresCase, applicability: applicability, message: message,
            notBefore: Set(try mapping["not_before"].map { value throws(DeclarativeRuleError) in
                try strings(value, "not_before", in: node).map { $0.lowercased() }
            } ?? []),
            examples: try examples(mapping["examples"], in: node), origin: "\(file):\(node.mark?.line ?? 0)")
    }

    private static func defaultMessage(for kind: DeclarativeRuleSpec.Kind) -> String {
        switch kind {
        case .existence: "avoid '{match}'"
        case .substitution: "'{match}' should be '{replacement}'"
        case .capitalization: "'{match}' is written '{replacement}'"
        case .consistency: "'{match}' and '{replacement}' are both used; this document used '{replacement}' first"
        case .repetition: "this {unit} repeats the one at line {line}"
        }
    }

    private func examples(_ node: Node?, in parent: Node) throws(DeclarativeRuleError) -> RuleExamples {
        guard let node, let mapping = node.mapping else { throw error(parent, "a rule needs 'examples' (triggering, non_triggering)") }
        try onlyKeys(["triggering", "non_triggering", "corrections"], in: mapping, at: node)
        let triggering = try strings(mapping["triggering"], "triggering", in: node)
        let nonTriggering = try strings(mapping["non_triggering"], "non_triggering", in: node)
        guard !triggering.isEmpty, !nonTriggering.isEmpty else {
            throw error(node, "a rule needs at least one triggering and one non_triggering example")
        }
        var corrections: [RuleExamples.Correction] = []
        if let list = mapping["corrections"] {
            guard let items = list.sequence else { throw error(list, "'corrections' must be a list") }
            for item in items {
                guard let pair = item.mapping else { throw error(item, "a correction is a mapping of before and after") }
                try onlyKeys(["before", "after", "applying"], in: pair, at: item)
                var applying = Applicability.safe
                if let node = pair["applying"] {
                    let name = try string(node, "applying", in: item)
                    guard let value = Applicability(rawValue: name), value != .displayOnly else {
                        throw error(node, "'applying' must be safe or unsafe")
                    }
                    applying = value
                }
                corrections.append(.init(try string(pair["before"], "before", in: item), try string(pair["after"], "after", in: item),
                                         applying: applying))
            }
        }
        return RuleExamples(triggering: triggering, nonTriggering: nonTriggering, corrections: corrections)
    }
}
