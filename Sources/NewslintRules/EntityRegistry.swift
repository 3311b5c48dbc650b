import CNewslintData
import NewslintCore
import Yams

/// Rules/entities.yml: institutions and terms with their full name, short
/// form, and whether a story must spell the name out before the short form.
public struct EntityRegistry: Sendable {
    public struct Entity: Sendable {
        public let name: String
        public let short: String
        public let expandFirst: Bool
        /// Texts the abbreviation rule must flag (⟦ ⟧ marks the finding) and
        /// texts it must leave alone: the entry's own tests.
        public let flagged: [String]
        public let fine: [String]
    }

    public let entities: [Entity]

    /// Its name under Rules/.
    public static let fileName = "entities.yml"

    /// The registry compiled into newslint. A broken file is a build-time
    /// mistake, which the registry's tests catch.
    public static let builtin: EntityRegistry = {
        var length = 0
        let bytes = nl_data_entities(&length)
        do {
            return try load(yaml: String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self),
                            file: "Rules/\(fileName)")
        } catch {
            fatalError("Rules/entities.yml compiled into newslint is broken: \(error)")
        }
    }()

    /// Reads a registry; every key is checked and an error names the line.
    public static func load(yaml: String, file: String) throws(DeclarativeRuleError) -> EntityRegistry {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch {
            throw DeclarativeRuleError(file: file, line: nil, problem: "not valid YAML: \(error)")
        }
        let reader = NodeReader(file: file)
        guard let root, let mapping = root.mapping else {
            throw DeclarativeRuleError(file: file, line: 1, problem: "expected a mapping with the key 'entities'")
        }
        try reader.onlyKeys(["entities"], in: mapping, at: root)
        guard let list = mapping["entities"]?.sequence else { throw reader.error(root, "'entities' must be a list") }
        var seen: Set<String> = []
        let entities = try list.map { node throws(DeclarativeRuleError) -> Entity in
            guard let entry = node.mapping else { throw reader.error(node, "an entity must be a mapping") }
            try reader.onlyKeys(["name", "short", "expand_first", "tests"], in: entry, at: node)
            let short = try reader.string(entry["short"], "short", in: node)
            guard short.count >= 2, short.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
                throw reader.error(node, "'short' must be two or more capital letters or digits, not '\(short)'")
            }
            guard seen.insert(short).inserted else { throw reader.error(node, "'\(short)' is the short form of two entities") }
            guard let expand = entry["expand_first"]?.bool else { throw reader.error(node, "'expand_first' must be true or false") }
            guard let testNode = entry["tests"], let tests = testNode.mapping else {
                throw reader.error(node, "an entity needs 'tests' (flagged, fine)")
            }
            try reader.onlyKeys(["flagged", "fine"], in: tests, at: testNode)
            let flagged = try reader.strings(tests["flagged"], "flagged", in: testNode)
            let fine = try reader.strings(tests["fine"], "fine", in: testNode)
            guard !fine.isEmpty, expand == !flagged.isEmpty else {
                throw reader.error(testNode, expand ? "an entity spelled out first needs flagged and fine tests"
                                                    : "an entity never spelled out has fine tests only")
            }
            return Entity(name: try reader.string(entry["name"], "name", in: node), short: short, expandFirst: expand,
                          flagged: flagged, fine: fine)
        }
        return EntityRegistry(entities: entities)
    }
}
