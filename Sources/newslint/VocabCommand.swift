import ArgumentParser
import NewslintCommandLine
import Foundation
import NewslintCore
import NewslintFiles
import NewslintRules
import NewslintText

struct VocabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vocab",
        abstract: "Build a desk's vocabulary.",
        subcommands: [LearnCommand.self]
    )
}

struct LearnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learn",
        abstract: "Propose the recurring unknown words of an archive (names above all) as a vocabulary file.",
        discussion: """
            Reads the stories under PATH..., finds the words newslint does not know, leaves out \
            those it explains as glued words or sure typos, and writes the ones that recur as a \
            list for an editor to review and then pass to check and fix with --vocabulary.
            """
    )

    @Option(help: "Propose a word seen at least this many times in all.")
    var minCount = 3

    @Option(help: "Propose a word seen in at least this many files.")
    var minFiles = 2

    @Option(name: [.short, .long], help: ArgumentHelp("Write the list here instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Words already accepted (not proposed again). Repeatable.", valueName: "file"))
    var vocabulary: [String] = []

    @OptionGroup var inputOptions: InputOptions

    func validate() throws {
        if minCount < 1 || minFiles < 1 { throw ValidationError("--min-count and --min-files must be at least 1") }
    }

    func run() throws {
        var selection = try RuleSelectionOptions.parse([])
        selection.vocabulary = vocabulary
        selection.selected = ["joined-words", "misspelling"]
        let linter: Linter
        let accepted: UserVocabulary
        do {
            linter = try selection.makeLinter()
            accepted = UserVocabulary(list: try RuleSelectionOptions.readLists(vocabulary))
        } catch {
            Terminal.writeError("newslint: error: \(error)\n")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        let learner = VocabularyLearner(vocabulary: accepted)
        var merged = learner
        let (inputs, collectFailures) = inputOptions.collect()
        var failures = collectFailures
        let reader = inputOptions.reader(lossy: true)
        forEachInOrder(inputs) { input in
            Result { () throws(InputFailure) -> [String: Int] in
                let (source, _) = try reader.read(input)
                do {
                    let document = try linter.analyzer.analyze(source, format: input.format)
                    return learner.unknownWords(in: document, findings: linter.lint(document))
                } catch {
                    throw InputFailure(path: input.displayName, reason: "\(error)")
                }
            }
        } emit: { result in
            switch result {
            case .success(let counts): merged.add(counts)
            case .failure(let failure): failures.append(failure)
            }
        }
        if reportInputProblems(failures) { throw ExitCode(ExitStatus.failure.rawValue) }
        let proposals = merged.proposals(minimumOccurrences: minCount, minimumDocuments: minFiles)
        let header = """
            Words newslint does not know that recur in \(inputs.count) file\(inputs.count == 1 ? "" : "s") \
            (newslint vocab learn: at least \(minCount) times in at least \(minFiles) files).
            Review before use: delete anything that is a misspelling, then pass this file with --vocabulary.
            """
        let text = VocabularyLearner.render(proposals, header: header)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Terminal.writeError("newslint: error: \(output): \(error)\n")
                throw ExitCode(ExitStatus.failure.rawValue)
            }
            Terminal.writeError("newslint: \(proposals.count) words proposed in \(output)\n")
        } else {
            Terminal.write(text)
        }
    }
}
