/// What a rule sees: the source bytes plus everything computed once from
/// them (tokens, sentences). Rules compare and report byte ranges of this
/// source; they never rewrite it.
public struct Document: Sendable {
    public let source: SourceText
    public let format: Format
    /// Every segment of the content, in order, covering it without gaps.
    public let tokens: [Token]
    /// Sentence ranges, in order, covering the content without gaps.
    public let sentences: [TextRange]
    /// What rules compute from the document and share.
    public let cache = DocumentCache()

    public enum Format: String, Sendable, CaseIterable {
        case plain, markdown, html

        /// The format implied by a file name's extension (plain by default).
        public init(path: String) {
            let lowered = path.lowercased()
            if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
                self = .markdown
            } else if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
                self = .html
            } else {
                self = .plain
            }
        }
    }

    /// Ranges of Markdown or HTML markup, blanked in `source`: no finding
    /// may touch them (the Linter drops one that does).
    public let markup: [TextRange]
    /// The text as written, markup included (the same as `source` for plain
    /// text): where suppression comments (`<!-- newslint-disable … -->`) are read.
    public let original: SourceText

    public init(source: SourceText, format: Format, tokens: [Token], sentences: [TextRange], markup: [TextRange] = [],
                original: SourceText? = nil) {
        self.source = source
        self.format = format
        self.tokens = tokens
        self.sentences = sentences
        self.markup = markup
        self.original = original ?? source
    }

    /// Inlinable: rules in other modules read it in loops, and a call to a
    /// getter that returns the array retained cost a retain and a release
    /// at each read.
    @inlinable public var bytes: [UInt8] { source.bytes }

    public func text(_ range: TextRange) -> String { source.text(range) }
    public func text(_ token: Token) -> String { source.text(token.range) }
}

/// Turns source text into a Document. Implemented with ICU in NewslintText;
/// Core knows only this protocol so it stays free of ICU and I/O.
public protocol DocumentAnalyzer: Sendable {
    func analyze(_ source: SourceText, format: Document.Format) throws -> Document
}
