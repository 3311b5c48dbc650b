import NewslintText

/// The desk's choices that rules follow (set on the command line today;
/// by `.newslint.yml` once configuration lands).
public struct HouseStyle: Sendable, Equatable {
    /// The language of the copy: names are written bare in English copy
    /// (the agency's style) and with full diacritics in Vietnamese copy.
    public enum Language: String, Sendable, CaseIterable {
        case en, vi
    }

    /// What the desk does with the agency's "./." sign-off at the end of a
    /// story: require it, or strip it before publishing.
    public enum SignOff: String, Sendable, CaseIterable {
        case required, stripped
    }

    public var language: Language
    /// The tone style the desk chose, nil when it chose none.
    public var chosenToneStyle: ToneStyle?
    /// Nil: the sign-off is neither required nor stripped.
    public var signOff: SignOff?

    public init(language: Language = .en, toneStyle: ToneStyle? = nil) {
        self.language = language
        chosenToneStyle = toneStyle
    }

    /// The style tone marks are converted to: the desk's, else old (the
    /// gazetteer's).
    public var toneStyle: ToneStyle { chosenToneStyle ?? .old }
    /// Whether the desk chose the tone style. If not, only a document that
    /// mixes the two styles is reported.
    public var toneStyleIsExplicit: Bool { chosenToneStyle != nil }

    public static let standard = HouseStyle()
}
