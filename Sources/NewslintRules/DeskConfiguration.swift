import Foundation
import NewslintCore
import NewslintText
import Yams

/// A desk's `.newslint.yml`: which rules run, how severe they are, the
/// house style and the desk's word lists. Every key is checked; a mistake is
/// an error naming the file and the line.
public struct DeskConfiguration: Sendable, Equatable {
    /// A named starting point: `english-desk` (English copy, bare Vietnamese
    /// names, old tone style) or `vietnamese-desk` (Vietnamese copy, full
    /// diacritics, the English spelling and style rules off).
    public var preset: String?
    public var style = HouseStyle.standard
    public var disabledRules: Set<String> = []
    public var enabledRules: Set<String> = []
    public var disabledCategories: Set<Category> = []
    public var severities: [String: Severity] = [:]
    /// Word-list and rule-folder paths, as written (relative to the file).
    public var vocabularies: [String] = []
    public var rejects: [String] = []
    public var ruleFolders: [String] = []
    /// Glob patterns of files a directory walk skips, relative to the file's
    /// folder; a pattern without "/" matches a file name at any depth.
    public var exclude: [String] = []
    /// The file it was read from (nil for the defaults).
    public var path: String?

    public init() {}

    public static let presets: [String: DeskConfiguration] = {
        var english = DeskConfiguration()
        english.preset = "english-desk"
        english.style = HouseStyle(language: .en, toneStyle: nil)
        var vietnamese = DeskConfiguration()
        vietnamese.preset = "vietnamese-desk"
        vietnamese.style = HouseStyle(language: .vi, toneStyle: .old)
        vietnamese.disabledRules = ["joined-words", "joined-phrase", "misspelling", "british-american-spelling",
                                    "accented-name-in-english"]
        return ["english-desk": english, "vietnamese-desk": vietnamese]
    }()

    static let keys: Set<String> = [
        "preset", "language", "tone_style", "disable", "enable", "disable_categories", "severity", "vocabulary",
        "reject", "rules", "exclude", "sign_off",
    ]

    /// The configuration in `yaml`, checked against the rule ids that exist.
    public static func load(yaml: String, file: String, knownRules: Set<String>) throws(DeclarativeRuleError) -> DeskConfiguration {
        let reader = NodeReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic)
        } catch {
            throw DeclarativeRuleError(file: file, line: nil, problem: "not valid YAML: \(error)")
        }
        guard let root else { return DeskConfiguration() }
        guard let mapping = root.mapping else { throw reader.error(root, "expected a mapping of settings") }
        try reader.onlyKeys(keys, in: mapping, at: root)
        var configuration = DeskConfiguration()
        if let node = mapping["preset"] {
            let name = try reader.string(node, "preset", in: root)
            guard let preset = presets[name] else {
                throw reader.error(node, "unknown preset '\(name)' (\(presets.keys.sorted().joined(separator: ", ")))")
            }
            configuration = preset
        }
        configuration.path = file
        if let node = mapping["language"] {
            let name = try reader.string(node, "language", in: root)
            guard let language = HouseStyle.Language(rawValue: name) else { throw reader.error(node, "'language' must be en or vi") }
            configuration.style.language = language
        }
        if let node = mapping["tone_style"] {
            let name = try reader.string(node, "tone_style", in: root)
            guard let toneStyle = ToneStyle(rawValue: name) else { throw reader.error(node, "'tone_style' must be old or new") }
            configuration.style.chosenToneStyle = toneStyle
        }
        if let node = mapping["sign_off"] {
            let name = try reader.string(node, "sign_off", in: root)
            guard let signOff = HouseStyle.SignOff(rawValue: name) else { throw reader.error(node, "'sign_off' must be required or stripped") }
            configuration.style.signOff = signOff
        }
        func ruleIDs(_ key: String) throws(DeclarativeRuleError) -> Set<String> {
            guard let node = mapping[key] else { return [] }
            let ids = try reader.strings(node, key, in: root)
            if let unknown = ids.first(where: { !knownRules.contains($0) }) {
                throw reader.error(node, "unknown rule '\(unknown)' (see `newslint rules`)")
            }
            return Set(ids)
        }
        configuration.disabledRules.formUnion(try ruleIDs("disable"))
        configuration.enabledRules = try ruleIDs("enable")
        configuration.disabledRules.subtract(configuration.enabledRules)
        if let node = mapping["disable_categories"] {
            for name in try reader.strings(node, "disable_categories", in: root) {
                guard let category = Category(rawValue: name) else { throw reader.error(node, "unknown category '\(name)'") }
                configuration.disabledCategories.insert(category)
            }
        }
        if let node = mapping["severity"] {
            guard let pairs = node.mapping else { throw reader.error(node, "'severity' must be a mapping of rule: level") }
            for (key, value) in pairs {
                let id = try reader.string(key, "severity", in: node)
                guard knownRules.contains(id) else { throw reader.error(key, "unknown rule '\(id)' (see `newslint rules`)") }
                let name = try reader.string(value, "severity", in: node)
                guard let severity = Severity(rawValue: name) else { throw reader.error(value, "unknown severity '\(name)' (error, warning, info)") }
                configuration.severities[id] = severity
            }
        }
        configuration.vocabularies = try mapping["vocabulary"].map { value throws(DeclarativeRuleError) in try reader.strings(value, "vocabulary", in: root) } ?? []
        configuration.rejects = try mapping["reject"].map { value throws(DeclarativeRuleError) in try reader.strings(value, "reject", in: root) } ?? []
        configuration.ruleFolders = try mapping["rules"].map { value throws(DeclarativeRuleError) in try reader.strings(value, "rules", in: root) } ?? []
        configuration.exclude = try mapping["exclude"].map { value throws(DeclarativeRuleError) in try reader.strings(value, "exclude", in: root) } ?? []
        return configuration
    }

    /// Whether a file found by walking a directory is left out: `path`
    /// relative to the configuration's folder, matched against `exclude`.
    public func excludes(relativePath path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return exclude.contains { pattern in
            fnmatch(pattern, pattern.contains("/") ? path : name, 0) == 0
        }
    }

    /// Whether a rule runs under this configuration.
    public func runs(_ rule: any Rule) -> Bool {
        let id = rule.metadata.id
        if enabledRules.contains(id) { return true }
        return !disabledRules.contains(id) && !disabledCategories.contains(rule.metadata.category)
    }

    /// The configuration as YAML, for `newslint config --show`.
    public var yaml: String {
        var lines: [String] = []
        if let path { lines.append("# from \(path)") }
        if let preset { lines.append("preset: \(preset)") }
        lines.append("language: \(style.language.rawValue)")
        lines.append("tone_style: \(style.toneStyle.rawValue)\(style.toneStyleIsExplicit ? "" : "  # not set: only mixing is reported")")
        lines.append(style.signOff.map { "sign_off: \($0.rawValue)" } ?? "# sign_off: not set (required | stripped)")
        func list(_ key: String, _ values: [String]) {
            lines.append(values.isEmpty ? "\(key): []" : "\(key): [\(values.joined(separator: ", "))]")
        }
        list("disable", disabledRules.sorted())
        list("enable", enabledRules.sorted())
        list("disable_categories", disabledCategories.map(\.rawValue).sorted())
        if severities.isEmpty {
            lines.append("severity: {}")
        } else {
            lines.append("severity:")
            for (id, severity) in severities.sorted(by: { $0.key < $1.key }) { lines.append("  \(id): \(severity.rawValue)") }
        }
        list("vocabulary", vocabularies)
        list("reject", rejects)
        list("rules", ruleFolders)
        list("exclude", exclude)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The commented starter file `newslint init` writes.
    public static let starter = """
        # newslint configuration for this folder and the folders below it.
        # newslint finds it by walking up from each file it checks; `newslint config --show FILE`
        # prints what applies to a file. Every key is optional.

        # A named starting point: english-desk (English copy, Vietnamese names written bare)
        # or vietnamese-desk (Vietnamese copy, full diacritics; English spelling rules off).
        preset: english-desk

        # The copy's language (en or vi) and the Vietnamese tone-mark style (old: hòa, new: hoà).
        # language: en
        # tone_style: old

        # The agency's "./." sign-off at the end of a story: required, or stripped before publishing.
        # sign_off: required

        # Rules to turn off or back on, and whole categories to turn off
        # (spacing, spelling, vietnamese, typography, consistency, unicode, style).
        # disable: [wire-cliche, redundant-phrase]
        # enable: []
        # disable_categories: [style]

        # Severity per rule: error, warning or info.
        # severity:
        #   repeated-word: error

        # The desk's word lists (paths relative to this file): names to accept, words to reject
        # ("Saigon -> Ho Chi Minh City"), and folders of the desk's own declarative rules.
        # vocabulary: [desk-names.txt]
        # reject: [desk-reject.txt]
        # rules: [rules]

        # Files a directory walk skips (relative to this file; a pattern without "/" matches a
        # file name anywhere). Files named on the command line are always linted.
        # exclude: ["drafts/*", "*.notes.txt"]

        """
}
