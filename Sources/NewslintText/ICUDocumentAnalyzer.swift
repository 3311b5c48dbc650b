import Dispatch
import NewslintCore
import Synchronization

/// Builds Documents with ICU: word tokens and sentences over the content
/// (everything after a byte-order mark).
public struct ICUDocumentAnalyzer: DocumentAnalyzer {
    /// Texts at least this large (bytes) are split into tokens and into
    /// sentences at the same time, on two cores; below it a thread costs
    /// more than it saves.
    public static let concurrentThreshold = 1 << 20

    public init() {}

    public func analyze(_ source: SourceText, format: Document.Format) throws -> Document {
        // Markdown and HTML: rules see the prose only, at the same offsets.
        let markup = MarkupMask.ranges(of: source.bytes, from: source.contentStart, format: format)
        let text = markup.isEmpty ? source : try SourceText(bytes: MarkupMask.blank(source.bytes, markup))
        // Break iterators are stateful, so each analysis opens its own; after
        // ICU's first open this costs microseconds.
        let tokens: [Token], sentences: [TextRange]
        if text.contentRange.length >= Self.concurrentThreshold {
            let found = Mutex<(tokens: Result<[Token], any Error>?, sentences: Result<[TextRange], any Error>?)>((nil, nil))
            let tokenStorage = Mutex<(start: UInt, bytes: Int)?>(nil), storageKnown = DispatchSemaphore(value: 0)
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 {
                    let result = Result {
                        try Tokenizer().tokens(of: text.bytes, in: text.contentRange) { start, bytes in
                            tokenStorage.withLock { $0 = (start, bytes) }
                            storageKnown.signal()
                        }
                    }
                    found.withLock { $0.tokens = result }
                } else {
                    // Sentences take less time than tokens, so this core
                    // also faults in pages for the tokens, which the kernel
                    // zeroes first (on this machine as slowly as 1 GB/s, up
                    // to half the tokenizer's time): the second half before
                    // the sentences, which the tokenizer reaches last, and
                    // the rest after them, what it has not filled yet.
                    _ = storageKnown.wait(timeout: .now() + .milliseconds(20))
                    let storage = tokenStorage.withLock { $0 }
                    if let (start, bytes) = storage {
                        HugePages.prefault(start: start + UInt(bytes / 2), byteCount: bytes - bytes / 2, lastFirst: false)
                    }
                    let result = Result { try SentenceSplitter().sentences(of: text.bytes, in: text.contentRange) }
                    found.withLock { $0.sentences = result }
                    if let (start, bytes) = storage {
                        HugePages.prefault(start: start, byteCount: bytes / 2, lastFirst: true)
                    }
                }
            }
            let (tokenResult, sentenceResult) = found.withLock { $0 }
            tokens = try tokenResult!.get()
            sentences = try sentenceResult!.get()
        } else {
            tokens = try Tokenizer().tokens(of: text.bytes, in: text.contentRange)
            sentences = try SentenceSplitter().sentences(of: text.bytes, in: text.contentRange)
        }
        return Document(source: text, format: format, tokens: tokens, sentences: sentences, markup: markup, original: source)
    }
}
