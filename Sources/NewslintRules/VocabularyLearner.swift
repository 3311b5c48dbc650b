import NewslintCore
import NewslintText

/// Proposes a desk's vocabulary from its archive: the words the lexicon does
/// not know that recur across stories — names above all. A word another
/// rule explains (a glued pair, a sure typo) is a slip, not vocabulary.
/// The result is a list for an editor to review, not a list to trust.
public struct VocabularyLearner: Sendable {
    public struct Proposal: Sendable, Equatable {
        public let word: String
        public let occurrences: Int
        public let documents: Int
    }

    let lexicon: Lexicon
    let vocabulary: UserVocabulary
    private var occurrences: [String: Int] = [:]
    private var documents: [String: Int] = [:]

    public init(lexicon: Lexicon = .shared, vocabulary: UserVocabulary = .empty) {
        self.lexicon = lexicon
        self.vocabulary = vocabulary
    }

    /// The unknown words of one document and how often each occurs, leaving
    /// out those that `findings` (of joined-words and misspelling) explain.
    public func unknownWords(in document: Document, findings: [Diagnostic]) -> [String: Int] {
        let explained = Set(findings.filter { finding in
            finding.ruleID == "joined-words" || (finding.ruleID == "misspelling" && finding.fix?.applicability == .safe)
        }.map(\.range.start))
        var counts: [String: Int] = [:]
        for range in JoinCandidate.sharedUnknownWords(in: document, lexicon: lexicon, vocabulary: vocabulary)
        where !explained.contains(range.start) {
            let word = document.text(range)
            counts[word.first?.isUppercase == true ? word : word.lowercased(), default: 0] += 1
        }
        return counts
    }

    /// Adds one document's counts (from `unknownWords(in:findings:)`).
    public mutating func add(_ counts: [String: Int]) {
        for (word, count) in counts {
            occurrences[word, default: 0] += count
            documents[word, default: 0] += 1
        }
    }

    /// The words seen at least `minimumOccurrences` times in at least
    /// `minimumDocuments` documents, those in most documents first.
    public func proposals(minimumOccurrences: Int, minimumDocuments: Int) -> [Proposal] {
        occurrences.compactMap { word, count in
            let inDocuments = documents[word] ?? 0
            guard count >= minimumOccurrences, inDocuments >= minimumDocuments else { return nil }
            return Proposal(word: word, occurrences: count, documents: inDocuments)
        }.sorted { ($1.documents, $1.occurrences, $0.word) < ($0.documents, $0.occurrences, $1.word) }
    }

    /// The proposals as a vocabulary file (`--vocabulary`), each word with
    /// its counts as a comment.
    public static func render(_ proposals: [Proposal], header: String) -> String {
        let width = min(32, proposals.map(\.word.count).max() ?? 0)
        var text = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)\n" }.joined()
        for proposal in proposals {
            let padded = proposal.word.padding(toLength: max(width, proposal.word.count), withPad: " ", startingAt: 0)
            let times = proposal.occurrences == 1 ? "once" : "\(proposal.occurrences) times"
            text += "\(padded)  # \(times) in \(proposal.documents) file\(proposal.documents == 1 ? "" : "s")\n"
        }
        return text
    }
}
