import NewslintCore

/// Every rule newslint ships, in the order `newslint rules` lists them.
public enum BuiltinRules {
    public static let all: [any Rule] = [
        DoubledSpaceRule(),
        SpaceBeforePunctuationRule(),
        TrailingSpaceRule(),
        MissingSpaceAfterPunctuationRule(),
        RepeatedWordRule(),
        InvisibleCharacterRule(),
        NotNFCRule(),
        NonBreakingSpaceRule(),
        JoinedWordsRule(),
        JoinedPhraseRule(),
    ]

    public static func rule(id: String) -> (any Rule)? {
        all.first { $0.metadata.id == id }
    }
}
