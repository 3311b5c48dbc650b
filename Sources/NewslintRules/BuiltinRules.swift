import NewslintCore
import NewslintText

/// Every rule newslint ships, in the order `newslint rules` lists them.
public enum BuiltinRules {
    /// The rules with no user vocabulary.
    public static let all = make(vocabulary: .empty)

    /// The rules, with words the user accepts added to what they know and
    /// the desk's house style.
    public static func make(vocabulary: UserVocabulary, style: HouseStyle = .standard) -> [any Rule] {
        [
            DoubledSpaceRule(),
            SpaceBeforePunctuationRule(),
            TrailingSpaceRule(),
            MissingSpaceAfterPunctuationRule(),
            RepeatedWordRule(),
            InvisibleCharacterRule(),
            NotNFCRule(),
            NonBreakingSpaceRule(),
            JoinedWordsRule(vocabulary: vocabulary),
            JoinedPhraseRule(),
            MisspellingRule(vocabulary: vocabulary),
            MisplacedToneMarkRule(style: style),
            MixedToneStyleRule(style: style),
            LookalikeLetterRule(),
            BrokenDiacriticRule(),
            MojibakeRule(),
            MixedScriptRule(),
            InvalidSyllableRule(style: style),
            MixedIYSpellingRule(style: style),
            AccentedNameInEnglishRule(style: style),
            MixedNameFormsRule(style: style),
            MixedApostrophesRule(),
            MixedQuoteMarksRule(),
            SpacedHyphenRule(),
            MixedEllipsisRule(),
            SignOffRule(style: style),
            AbbreviationFirstUseRule(),
            UnusedSuppressionRule(),
        ] + DeclarativeRuleSet.builtin.rules
    }

    /// Parses the rule files and the entity registry compiled into the
    /// binary (about a third of a one-story check's CPU time), so that a
    /// program can start this on another core while it reads its arguments
    /// and input; the first use afterwards waits for it or finds it done.
    public static func loadEmbeddedData() {
        _ = DeclarativeRuleSet.builtin
        _ = EntityRegistry.builtin
    }

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.metadata.id == id }
    }
}
