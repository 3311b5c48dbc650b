import NewslintText

/// The desk's choices that rules follow (set on the command line today;
/// by `.newslint.yml` once configuration lands).
public struct HouseStyle: Sendable, Equatable {
    /// The language of the copy: names are written bare in English copy
    /// (the agency's style) and with full diacritics in Vietnamese copy.
    public enum Language: String, Sendable, CaseIterable {
        case en, vi
    }

    public var language: Language
    public var toneStyle: ToneStyle
    /// Whether the desk chose the tone style. If not, only a document that
    /// mixes the two styles is reported.
    public var toneStyleIsExplicit: Bool

    public init(language: Language = .en, toneStyle: ToneStyle? = nil) {
        self.language = language
        self.toneStyle = toneStyle ?? .old
        toneStyleIsExplicit = toneStyle != nil
    }

    public static let standard = HouseStyle()
}
