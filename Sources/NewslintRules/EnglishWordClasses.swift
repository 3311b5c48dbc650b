/// Closed-class English words: a glued word that starts or ends with one
/// is very likely two words.
enum FunctionWords {
    static let all: Set<String> = [
        "a", "about", "after", "against", "all", "also", "an", "and", "are", "as", "at", "be", "been", "before",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from",
        "had", "has", "have", "he", "her", "his", "how", "if", "in", "into", "is", "it", "its", "may", "more",
        "most", "must", "no", "not", "of", "on", "or", "our", "over", "said", "says", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
        "those", "to", "under", "up", "was", "we", "were", "what", "when", "which", "while", "who", "will",
        "with", "would", "you", "your",
    ]

    /// The function words a capitalised name or acronym may be glued to
    /// ("theBBC", "TheWorld"); "you", "my" and the like start too many
    /// brands (YouTube, MySpace).
    static let gluedToNames: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "no", "of", "on", "or",
        "than", "that", "the", "to", "was", "with",
    ]

    /// Function words that end few names, so a name or word glued to one
    /// is two words: "Mozambiqueand", "Chancellorhas". Names end in "in",
    /// "on", "an", "as", "is", "or" and "her" (Gallin, Pointon, Dragan).
    static let gluedAfterNames: Set<String> = [
        "and", "are", "for", "from", "had", "has", "have", "into", "of", "over", "said", "that", "the", "was", "were",
        "will", "with", "would",
    ]

    /// Subject pronouns: capitalised, they start a sentence or a quotation
    /// ("Weare", "Theyhave" after a colon and a quotation mark). "He" and
    /// "It" are left out: too many names start with them (Hein, Itoh).
    static let pronouns: Set<String> = ["i", "she", "we", "they", "you"]
}

/// Titles and offices written before a name: a capitalised title glued to a
/// name ("MrKhatami", "ChancellorGordon") is two words.
enum NameTitles {
    static let all: Set<String> = [
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "chancellor", "minister", "premier", "king",
        "queen", "prince", "princess", "judge", "coach", "captain", "general", "senator", "governor", "mayor",
        "chairman", "secretary", "ambassador", "striker", "defender", "midfielder", "goalkeeper", "manager",
        "professor", "prof", "bishop", "cardinal", "commissioner",
    ]

    /// The titles that stand before nothing but a personal name.
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr"]

}

/// Word-forming pieces English glues on freely: a split at one is a
/// compound, not a lost space, unless the pair is an attested bigram.
enum CompoundParts {
    static let prefixes: Set<String> = [
        "anti", "audio", "back", "bio", "co", "counter", "cross", "cyber", "down", "eco", "euro", "geo", "hyper",
        "inter", "macro", "mega", "micro", "mid", "mini", "multi", "neo", "non", "off", "out", "over", "post",
        "pre", "pro", "re", "self", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under", "up", "video",
    ]
    static let suffixes: Set<String> = [
        "ally", "able", "fold", "free", "hood", "less", "like", "ness", "ship", "side", "wards", "ward", "wide",
        "wise", "ism", "ist", "ists", "ise", "ize",
    ]
}
