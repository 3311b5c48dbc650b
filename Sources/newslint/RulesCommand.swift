import ArgumentParser
import NewslintCommandLine
import NewslintCore
import NewslintRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules, or explain one with its examples."
    )

    @Argument(help: "A rule id to explain.")
    var ruleID: String?

    func run() throws {
        guard let ruleID else {
            Terminal.write(list())
            return
        }
        guard let rule = BuiltinRules.rule(id: ruleID) else {
            throw ValidationError("unknown rule '\(ruleID)' (see `newslint rules`)")
        }
        Terminal.write(explain(rule.metadata))
    }

    private func list() -> String {
        let rules = BuiltinRules.all.map(\.metadata)
        let idWidth = max(4, rules.map(\.id.count).max() ?? 0)
        let categoryWidth = max(8, rules.map(\.category.rawValue.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: width - text.count) }
        var output = pad("RULE", idWidth) + "  " + pad("CATEGORY", categoryWidth) + "  SEVERITY  FIX           SUMMARY\n"
        for rule in rules {
            output += pad(rule.id, idWidth) + "  " + pad(rule.category.rawValue, categoryWidth) + "  "
                + pad(rule.defaultSeverity.rawValue, 8) + "  " + pad(rule.fixApplicability?.rawValue ?? "-", 12)
                + "  " + rule.summary + "\n"
        }
        return output
    }

    private func explain(_ rule: RuleMetadata) -> String {
        var output = "\(rule.id) (\(rule.category.rawValue), \(rule.defaultSeverity.rawValue), "
            + "fix: \(rule.fixApplicability?.rawValue ?? "none"))\n\n\(rule.summary).\n\n\(rule.rationale)\n"
        func quoted(_ text: String) -> String { text.debugDescription }
        output += "\nFlagged (⟦ ⟧ marks the finding):\n"
        output += rule.examples.triggering.map { "  ✗ \(quoted($0))\n" }.joined()
        output += "\nNot flagged:\n"
        output += rule.examples.nonTriggering.map { "  ✓ \(quoted($0))\n" }.joined()
        output += "\nFixes:\n"
        output += rule.examples.corrections.map { correction in
            let note = correction.applying == .safe ? "" : "   (with --unsafe-fixes)"
            return "  \(quoted(correction.before))\n  → \(quoted(correction.after))\(note)\n"
        }.joined()
        return output
    }
}
