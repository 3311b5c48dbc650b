import NewslintCore

/// A `newslint-disable…` directive that silences nothing. The Linter finds
/// these (it alone sees which findings were silenced); this rule gives the
/// finding its id, documentation and examples, and running it is what
/// switches the report on.
public struct UnusedSuppressionRule: Rule {
    public init() {}

    public let metadata = RuleMetadata(
        id: Suppressions.unusedRuleID,
        category: .style,
        summary: "A newslint-disable directive that silences nothing",
        rationale: """
            A directive left behind after the copy was corrected would silence the next real \
            problem on its line or in its region. One is reported when none of the rules it names \
            finds anything where it applies (only rules that ran are judged: a directive naming \
            only rules switched off is left alone). The fix, removing the directive's line, is safe.
            """,
        fixApplicability: .safe,
        examples: RuleExamples(
            triggering: [
                "⟦newslint-disable-next-line⟧\nThe two ministers met.",
                "⟦<!-- newslint-disable -->⟧\nAll is well.\n<!-- newslint-enable -->",
            ],
            nonTriggering: [
                "newslint-disable-next-line some-rule-not-running\nThe two ministers met.",
            ],
            corrections: [
                .init("newslint-disable-next-line\nThe ministers met.\n", "The ministers met.\n"),
            ]
        )
    )

    public func check(_ document: Document) -> [Diagnostic] { [] }
}
