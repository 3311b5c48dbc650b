import ArgumentParser
import NewslintCore
import NewslintRules
import NewslintText

extension Severity: ExpressibleByArgument {}

/// Which rules run, shared by `check` and `fix`.
struct RuleSelectionOptions: ParsableArguments {
    @Option(name: .customLong("select"), help: "Run only these rules (repeatable; default: all).")
    var selected: [String] = []

    @Option(name: .customLong("ignore"), help: "Do not run these rules (repeatable).")
    var ignored: [String] = []

    func validate() throws {
        for id in selected + ignored where BuiltinRules.rule(id: id) == nil {
            throw ValidationError("unknown rule '\(id)' (see `newslint rules`)")
        }
    }

    var rules: [any Rule] {
        BuiltinRules.all.filter { rule in
            (selected.isEmpty || selected.contains(rule.metadata.id)) && !ignored.contains(rule.metadata.id)
        }
    }

    func makeLinter() -> Linter {
        Linter(rules: rules, analyzer: ICUDocumentAnalyzer())
    }
}

struct FailOnOption: ParsableArguments {
    @Option(help: "The least severity that makes the exit code 1: error, warning or info.")
    var failOn: Severity = .warning
}
