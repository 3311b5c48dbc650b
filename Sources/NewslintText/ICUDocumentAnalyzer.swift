import NewslintCore

/// Builds Documents with ICU: word tokens and sentences over the content
/// (everything after a byte-order mark).
public struct ICUDocumentAnalyzer: DocumentAnalyzer {
    public init() {}

    public func analyze(_ source: SourceText, format: Document.Format) throws -> Document {
        // Markdown and HTML: rules see the prose only, at the same offsets.
        let markup = MarkupMask.ranges(of: source.bytes, from: source.contentStart, format: format)
        let text = markup.isEmpty ? source : try SourceText(bytes: MarkupMask.blank(source.bytes, markup))
        // Break iterators are stateful, so each analysis opens its own; after
        // ICU's first open this costs microseconds.
        let tokens = try Tokenizer().tokens(of: text.bytes, in: text.contentRange)
        let sentences = try SentenceSplitter().sentences(of: text.bytes, in: text.contentRange)
        return Document(source: text, format: format, tokens: tokens, sentences: sentences, markup: markup, original: source)
    }
}
