import NewslintCore

/// A rule written in YAML under Rules/ (see Rules/README.md for the format).
public struct DeclarativeRuleSpec: Sendable {
    public enum Kind: Sendable {
        /// Phrases that should not appear; optionally a word to use instead.
        case existence(phrases: [String])
        /// `from` → `to` pairs, each a fix.
        case substitution(pairs: [(from: String, to: String)])
        /// Terms with a fixed capitalisation ("Politburo").
        case capitalization(terms: [String])
        /// Sets of variants of which one document uses only one: the first
        /// it uses wins.
        case consistency(sets: [[String]])
        /// A paragraph or sentence repeating an earlier one: at least
        /// `minimumWords` words and `similarity` (Jaccard, 0–1) alike.
        case repetition(unit: String, minimumWords: Int, similarity: Double)
    }

    public let id: String
    public let kind: Kind
    public let category: Category
    public let severity: Severity
    public let summary: String
    public let rationale: String
    /// Whether phrases match whatever their case (the default) or only as written.
    public let ignoresCase: Bool
    public let applicability: Applicability?
    public let message: String
    /// Words that, next after a match, cancel it ("could of course").
    public let notBefore: Set<String>
    public let examples: RuleExamples
    /// The file and line the rule was read from, for messages about it.
    public let origin: String

    /// The phrases the rule looks for, in the order of its definition.
    let phrases: [String]
    /// For a consistency rule, the set and the variant each phrase is.
    let variantOfPhrase: [(set: Int, variant: Int)]

    init(
        id: String, kind: Kind, category: Category, severity: Severity, summary: String, rationale: String,
        ignoresCase: Bool, applicability: Applicability?, message: String, notBefore: Set<String>,
        examples: RuleExamples, origin: String
    ) {
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.ignoresCase = ignoresCase
        self.applicability = applicability
        self.message = message
        self.notBefore = notBefore
        self.examples = examples
        self.origin = origin
        switch kind {
        case .existence(let phrases): self.phrases = phrases
        case .substitution(let pairs): phrases = pairs.map(\.from)
        case .capitalization(let terms): phrases = terms
        case .consistency(let sets): phrases = sets.flatMap { $0 }
        case .repetition: phrases = []
        }
        if case .consistency(let sets) = kind {
            variantOfPhrase = sets.enumerated().flatMap { set, variants in variants.indices.map { (set, $0) } }
        } else {
            variantOfPhrase = []
        }
    }
}
