import NewslintCore

/// A short form ("NA", "CPV") used before the story has spelled its name out.
public struct AbbreviationFirstUseRule: Rule {
    private let entities: [EntityRegistry.Entity]
    /// Each entity's name, word by word, in lowercase bytes.
    private let nameWords: [[[UInt8]]]
    /// Entity by its short form's bytes packed into a number (short forms
    /// longer than eight bytes are never looked for).
    private let shortForms: [UInt64: Int]

    /// It reads every word token of the story: on a large file as long as
    /// the phrase matches of a rule file, too long to be the last rule a
    /// core runs while the other has finished.
    public var runsLong: Bool { true }

    public init(registry: EntityRegistry = .builtin) {
        entities = registry.entities.filter(\.expandFirst)
        nameWords = entities.map { entity in
            entity.name.split(separator: " ").map { Array($0.lowercased().utf8) }
        }
        shortForms = Dictionary(entities.enumerated().compactMap { entity in
            entity.element.short.utf8.count <= 8 ? (packedWord(entity.element.short.utf8), entity.offset) : nil
        }, uniquingKeysWith: { first, _ in first })
    }

    public let metadata = RuleMetadata(
        id: "abbreviation-first-use",
        category: .style,
        defaultSeverity: .info,
        summary: "A short form (NA, CPV) used before the story spells out the name",
        rationale: """
            Wire style spells a name out at its first mention, with the short form after it in \
            brackets, and uses the short form alone after that. The names and short forms are the \
            entity registry's (Rules/entities.yml), where each says whether readers need the name \
            spelled out: UN, ASEAN and the agency's own VNA do not. Only the first short form used \
            before the name is reported, with "Name (SHORT)" as a suggestion; nothing is applied, \
            since the sentence may need rewording around the name.
            """,
        fixApplicability: nil,
        examples: RuleExamples(
            triggering: [
                "The ⟦NA⟧ passed the law. Later the NA rose.",
                "⟦FDI⟧ grew. Foreign direct investment (FDI) is vital.",
            ],
            nonTriggering: [
                "The National Assembly (NA) passed the law. The NA then rose.",
                "UN and ASEAN envoys met the VNA reporter.",
                "Na Hang district and the word na stay.",
            ],
            corrections: []
        )
    )

    public func check(_ document: Document) -> [Diagnostic] {
        guard !entities.isEmpty else { return [] }
        let bytes = document.bytes
        let tokens = document.tokens
        // First the short forms, which are rare: two or more capitals,
        // exactly as registered. Most stories have none, and stop here.
        var firstShort: [Int: TextRange] = [:]
        for token in tokens where token.kind == .word {
            let range = token.range
            guard range.length >= 2, range.length <= 8 else { continue }
            let first = bytes[range.start], second = bytes[range.start + 1]
            let isCapital = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A }
            guard isCapital(first), isCapital(second) || (second >= 0x30 && second <= 0x39) else { continue }
            if let entity = shortForms[packedWord(bytes[range.start..<range.end])], firstShort[entity] == nil {
                firstShort[entity] = range
            }
        }
        guard !firstShort.isEmpty else { return [] }
        // Then where the story first writes those entities' names: a slot
        // per entity sought, and the search stops when all are found.
        let sought = firstShort.keys.sorted()
        let soughtNames = sought.map { nameWords[$0] }
        var firstName = [Int?](repeating: nil, count: sought.count)
        var unfound = sought.count
        // A bit for each length a sought name's first word has: most words
        // have none, and are not compared with every name sought.
        let firstWordLengths = soughtNames.reduce(UInt64(0)) { bits, name in
            guard let first = name.first else { return bits }
            return first.count < 64 ? bits | 1 << UInt64(first.count) : .max
        }
        for index in tokens.indices where unfound > 0 {
            let token = tokens[index]
            let length = token.range.length
            guard token.kind == .word, length >= 64 || firstWordLengths >> UInt64(length) & 1 != 0 else { continue }
            for slot in sought.indices where firstName[slot] == nil && soughtNames[slot].first?.count == length
                && Self.matches(soughtNames[slot], at: index, in: tokens, bytes) {
                firstName[slot] = tokens[index].range.start
                unfound -= 1
            }
        }
        return sought.indices.compactMap { slot in
            let entity = sought[slot]
            let short = firstShort[entity]!
            if let name = firstName[slot], name < short.start { return nil }
            let spelled = "\(entities[entity].name) (\(entities[entity].short))"
            return metadata.diagnostic(short, "'\(entities[entity].short)' is used before the story spells out '\(entities[entity].name)'",
                                       suggestions: [spelled])
        }
    }

    /// Whether the word tokens from `index` on are the name (ASCII letters
    /// in any case), whatever stands between them.
    private static func matches(_ name: [[UInt8]], at index: Int, in tokens: [Token], _ bytes: [UInt8]) -> Bool {
        var position = index
        for (offset, word) in name.enumerated() {
            if offset > 0 {
                position += 1
                while position < tokens.count && tokens[position].kind != .word { position += 1 }
                guard position < tokens.count else { return false }
            }
            guard NewslintRules.bytes(bytes, at: tokens[position].range, equalLowercase: word) else { return false }
        }
        return true
    }
}
