import CNewslintData
import Dispatch
import Foundation
import NewslintCore
import Synchronization

/// The rules read from YAML, matched together: one pass over a document
/// finds the phrases of every rule, and each rule reports its own.
public final class DeclarativeRuleSet: Sendable {
    public let specs: [DeclarativeRuleSpec]
    private let index: PhraseIndex

    public init(specs: [DeclarativeRuleSpec]) {
        self.specs = specs
        index = PhraseIndex(rules: specs)
    }

    /// The rule files compiled into newslint (Rules/*.yml). A broken file is
    /// a build-time mistake, which `DeclarativeRuleTests` catches.
    ///
    /// The files are parsed side by side, on every core free to take one:
    /// a one-story check cannot start linting before they are parsed, and
    /// one core took 6–7 ms.
    public static let builtin: DeclarativeRuleSet = {
        let files = embeddedFiles()
        let parsed = Mutex([Result<[DeclarativeRuleSpec], DeclarativeRuleError>?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let (file, text) = files[index]
            let result = Result { () throws(DeclarativeRuleError) in
                try DeclarativeRuleLoader.load(yaml: text, file: "Rules/\(file)", resolve: embeddedDataFile)
            }
            parsed.withLock { $0[index] = result }
        }
        do {
            return DeclarativeRuleSet(specs: try parsed.withLock { $0 }.flatMap { try $0!.get() })
        } catch {
            fatalError("a rule file compiled into newslint is broken: \(error)")
        }
    }()

    /// The rule files compiled into the binary, by name.
    public static func embeddedFiles() -> [(name: String, text: String)] {
        (0..<Int(nl_data_rule_file_count())).map { index in
            var length = 0
            let bytes = nl_data_rule_file(Int32(index), &length)
            return (String(cString: nl_data_rule_file_name(Int32(index))),
                    String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self))
        }
    }

    /// A data file a built-in rule names, from Rules/dictionaries/ as compiled in.
    static func embeddedDataFile(_ name: String) -> String? {
        guard name == "british-american.tsv" else { return nil }
        var length = 0
        let bytes = nl_data_british_american(&length)
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    public var rules: [any Rule] { specs.indices.map { DeclarativeRule(set: self, index: $0) } }

    /// The matches of every rule in a document, found once.
    func matches(in document: Document, rule: Int) -> [PhraseIndex.Match] {
        let all = document.cache.value(Matches.self) { Matches(set: ObjectIdentifier(self), byRule: group(index.matches(in: document))) }
        guard all.set == ObjectIdentifier(self) else { return group(index.matches(in: document))[rule] ?? [] }
        return all.byRule[rule] ?? []
    }

    private func group(_ matches: [PhraseIndex.Match]) -> [Int: [PhraseIndex.Match]] {
        Dictionary(grouping: matches, by: \.rule)
    }

    private struct Matches: Sendable {
        let set: ObjectIdentifier
        let byRule: [Int: [PhraseIndex.Match]]
    }
}

/// One rule of a `DeclarativeRuleSet`.
struct DeclarativeRule: Rule {
    let ruleSet: DeclarativeRuleSet
    let index: Int
    let metadata: RuleMetadata

    init(set: DeclarativeRuleSet, index: Int) {
        ruleSet = set
        self.index = index
        let spec = set.specs[index]
        metadata = RuleMetadata(
            id: spec.id, category: spec.category, defaultSeverity: spec.severity, summary: spec.summary,
            rationale: spec.rationale + " (Declared in \(spec.origin).)", fixApplicability: spec.applicability,
            examples: spec.examples)
    }

    private var spec: DeclarativeRuleSpec { ruleSet.specs[index] }

    /// Comparing every paragraph with every other costs more than matching phrases.
    var runsLong: Bool {
        if case .repetition = spec.kind { return true }
        return false
    }

    /// The rule set's phrase matches, which every rule but a repetition rule reads.
    var sharedValue: ObjectIdentifier? { runsLong ? nil : ObjectIdentifier(ruleSet) }

    func check(_ document: Document) -> [Diagnostic] {
        let spec = self.spec
        switch spec.kind {
        case .repetition(let unit, let minimumWords, let similarity):
            // It compares paragraphs and matches no phrase: it does not wait
            // for (or make) the phrase matches of the others.
            return repeatedUnits(in: document, unit: unit, minimumWords: minimumWords, similarity: similarity)
        case .existence:
            return phraseMatches(in: document).map { report($0.range, in: document, replacement: nil) }
        case .substitution(let pairs):
            return phraseMatches(in: document).map { match in
                let written = document.text(match.range)
                return report(match.range, in: document, replacement: WordCase.apply(of: written, to: pairs[match.phrase].to))
            }
        case .capitalization(let terms):
            return phraseMatches(in: document).compactMap { match in
                let written = document.text(match.range)
                let term = terms[match.phrase]
                // Headlines in capitals keep theirs.
                guard written != term, written != written.uppercased() || written.count < 2 else { return nil }
                return report(match.range, in: document, replacement: term)
            }
        case .consistency(let sets):
            var firstUsed: [Int: Int] = [:]  // set → variant
            var diagnostics: [Diagnostic] = []
            for match in phraseMatches(in: document).sorted(by: { $0.range.start < $1.range.start }) {
                let (setIndex, variant) = spec.variantOfPhrase[match.phrase]
                let first = firstUsed[setIndex] ?? variant
                firstUsed[setIndex] = first
                guard variant != first else { continue }
                diagnostics.append(report(match.range, in: document, replacement: sets[setIndex][first]))
            }
            return diagnostics
        }
    }

    /// This rule's phrases in the document, as written where the rule
    /// minds case and not before a word it excludes, without overlaps.
    private func phraseMatches(in document: Document) -> [PhraseIndex.Match] {
        let spec = self.spec
        return Self.withoutOverlaps(ruleSet.matches(in: document, rule: index).filter { match in
            (spec.ignoresCase || document.text(match.range) == spec.phrases[match.phrase])
                && (spec.notBefore.isEmpty || !spec.notBefore.contains(Self.nextWord(after: match.range, in: document)))
        })
    }

    private func repeatedUnits(in document: Document, unit: String, minimumWords: Int, similarity: Double) -> [Diagnostic] {
        let finder = RepetitionFinder(unit: RepetitionFinder.Unit(rawValue: unit) ?? .paragraph, minimumWords: minimumWords,
                                      threshold: similarity)
        return finder.repeats(in: document).map { repeated in
            let line = document.source.location(of: repeated.earlier.start).line
            let message = spec.message.replacing("{unit}", with: unit)
                .replacing("{line}", with: "\(line)")
                .replacing("{similarity}", with: "\(Int(repeated.similarity * 100))%")
            return metadata.diagnostic(repeated.range, message)
        }
    }

    /// For a consistency rule, the form of each set a document uses first and
    /// where it writes that form: what `check --across-files` compares
    /// between stories (the other forms are reported within the story).
    func firstForms(in document: Document) -> [StoryForms.Use] {
        guard case .consistency = spec.kind else { return [] }
        let spec = self.spec
        var firstUsed: [Int: Int] = [:]
        var uses: [Int: [TextRange]] = [:]
        for match in ruleSet.matches(in: document, rule: index).sorted(by: { $0.range.start < $1.range.start })
        where spec.ignoresCase || document.text(match.range) == spec.phrases[match.phrase] {
            let (set, variant) = spec.variantOfPhrase[match.phrase]
            let first = firstUsed[set] ?? variant
            firstUsed[set] = first
            if variant == first { uses[set, default: []].append(match.range) }
        }
        return firstUsed.keys.sorted().map { set in
            StoryForms.Use(ruleID: metadata.id, set: set, variant: firstUsed[set]!, ranges: uses[set] ?? [])
        }
    }

    /// A story's form reported against the form an earlier story chose.
    func acrossFilesDiagnostic(_ range: TextRange, in document: Document, form: Int, set: Int, story: String) -> Diagnostic? {
        guard case .consistency(let sets) = spec.kind else { return nil }
        let replacement = sets[set][form]
        var fix: Fix?
        if let applicability = spec.applicability {
            fix = Fix(Edit(range: range, replacement: replacement), applicability: applicability)
        }
        return metadata.diagnostic(range, "'\(document.text(range))' is written '\(replacement)' in \(story), earlier in this run",
                                   fix: fix)
    }

    private func report(_ range: TextRange, in document: Document, replacement: String?) -> Diagnostic {
        let written = document.text(range)
        let message = spec.message.replacing("{match}", with: written).replacing("{replacement}", with: replacement ?? "")
        var fix: Fix?
        if let applicability = spec.applicability, let replacement {
            fix = Fix(Edit(range: range, replacement: replacement), applicability: applicability)
        }
        return metadata.diagnostic(range, message, fix: fix)
    }

    /// One finding per stretch of text: where two phrases of a rule overlap
    /// ("had an affect" and "an affect on" in "had an affect on"), the one
    /// that starts first wins, and of two that start together the longer.
    static func withoutOverlaps(_ matches: [PhraseIndex.Match]) -> [PhraseIndex.Match] {
        let ordered = matches.sorted { ($0.range.start, -$0.range.end) < ($1.range.start, -$1.range.end) }
        var kept: [PhraseIndex.Match] = []
        for match in ordered where kept.last.map({ $0.range.end <= match.range.start }) ?? true {
            kept.append(match)
        }
        return kept
    }

    /// The word after `range` across one run of spaces, lowercase ("" at the end).
    static func nextWord(after range: TextRange, in document: Document) -> String {
        let bytes = document.bytes
        var start = range.end
        while start < bytes.count && bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < bytes.count && (bytes[end].isASCIILetter || bytes[end] >= 0x80) { end += 1 }
        return document.text(TextRange(start: start, end: end)).lowercased()
    }
}
