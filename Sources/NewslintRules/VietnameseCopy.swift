import NewslintCore

/// Whether a document is Vietnamese copy: the desk says so, or at least a
/// fifth of its words are lowercase words with Vietnamese marks (của, và,
/// người). Names are capitalised, so English copy full of accented
/// Vietnamese names is still English.
enum VietnameseCopy {
    static let markedShare = 0.2

    static func isVietnamese(_ document: Document, style: HouseStyle) -> Bool {
        if style.language == .vi { return true }
        return document.cache.value(Detected.self) {
            let vietnamese = VietnameseWords.shared(document)
            let lowercase = vietnamese.spellings.map { !$0.isCapitalised }
            let marked = vietnamese.words.lazy.filter { lowercase[$0.spelling] }.count
            // English copy has none, and then the words need no counting (a pass over every token).
            guard marked > 0 else { return Detected(isVietnamese: false) }
            let words = document.tokens.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) }
            return Detected(isVietnamese: Double(marked) >= markedShare * Double(words))
        }.isVietnamese
    }

    private struct Detected: Sendable { let isVietnamese: Bool }
}
