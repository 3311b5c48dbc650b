import NewslintCore

/// Builds Documents with ICU: word tokens and sentences over the content
/// (everything after a byte-order mark).
public struct ICUDocumentAnalyzer: DocumentAnalyzer {
    public init() {}

    public func analyze(_ source: SourceText, format: Document.Format) throws -> Document {
        // Break iterators are stateful, so each analysis opens its own; after
        // ICU's first open this costs microseconds.
        let tokens = try Tokenizer().tokens(of: source.bytes, in: source.contentRange)
        let sentences = try SentenceSplitter().sentences(of: source.bytes, in: source.contentRange)
        return Document(source: source, format: format, tokens: tokens, sentences: sentences)
    }
}
