// In-process timings of each step of the pipeline on one file, median of
// several runs after a warm-up (whole-process numbers come from
// Benchmarks/run.py):
//
//     swift run -c release newslint-benchmark FILE [RUNS] [--totals] [--rule ID]
//
// --totals leaves out the rule-by-rule timings (a minute on 10 MB);
// --rule ID times that rule alone (and the steps before the rules).
import Foundation
import NewslintCore
import NewslintRules
import NewslintText

let totalsOnly = CommandLine.arguments.contains("--totals")
var arguments = CommandLine.arguments.filter { $0 != "--totals" }
var onlyRule: String?
if let flag = arguments.firstIndex(of: "--rule"), flag + 1 < arguments.count {
    onlyRule = arguments[flag + 1]
    arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: newslint-benchmark FILE [RUNS] [--totals] [--rule ID]\n".utf8))
    exit(2)
}
if let onlyRule, !BuiltinRules.all.contains(where: { $0.metadata.id == onlyRule }) {
    FileHandle.standardError.write(Data("newslint-benchmark: no rule '\(onlyRule)' (see `newslint rules`)\n".utf8))
    exit(2)
}
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let source: SourceText
do {
    source = try SourceText(bytes: [UInt8](data))
} catch {
    FileHandle.standardError.write(Data("\(arguments[1]): \(error)\n".utf8))
    exit(2)
}
let megabytes = Double(source.bytes.count) / 1_000_000

func measure(_ name: String, _ body: () throws -> Void) rethrows {
    try body()  // warm-up
    var seconds: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let median = seconds.sorted()[seconds.count / 2]
    let padded = name.padding(toLength: 34, withPad: " ", startingAt: 0)
    print("\(padded) \(String(format: "%8.1f", megabytes / median)) MB/s  (median \(String(format: "%.3f", median)) s)")
}

print("\(arguments[1]): \(String(format: "%.1f", megabytes)) MB, median of \(runs) runs")
let tokenizer = try Tokenizer()
try measure("tokenize, ICU only") { _ = try tokenizer.icuTokens(of: source.bytes, in: source.contentRange) }
try measure("tokenize, ASCII fast path + ICU") { _ = try tokenizer.tokens(of: source.bytes, in: source.contentRange) }
try measure("sentences (ICU)") { _ = try SentenceSplitter().sentences(of: source.bytes, in: source.contentRange) }
try measure("analyze (tokens, sentences)") { _ = try ICUDocumentAnalyzer().analyze(source, format: .plain) }
let document = try ICUDocumentAnalyzer().analyze(source, format: .plain)
for rule in BuiltinRules.all where !totalsOnly && (onlyRule == nil || rule.metadata.id == onlyRule) {
    // A fresh document each run, so nothing a rule shares through the
    // document's cache is left over from the run before.
    measure("rule \(rule.metadata.id)") {
        _ = rule.check(Document(source: document.source, format: document.format, tokens: document.tokens,
                                sentences: document.sentences))
    }
}
if onlyRule == nil {
    let linter = Linter(rules: BuiltinRules.all, analyzer: ICUDocumentAnalyzer())
    try measure("analyze + all rules") { _ = try linter.lint(source, format: .plain) }
}

// Spelling candidates: the time to rank the corrections of one unknown word,
// over a fixed list of misspellings (each generated once per run).
let misspellings = [
    "Pobiburo", "goverment", "recieve", "accomodation", "minsiter", "cooperatoin", "secretray", "pokitical",
    "internatoinal", "tiem", "bset", "plce", "definately", "enviroment", "comapnies", "Vietcombnak",
    "dispossesed", "ridiculuous", "presneted", "varirty",
]
let suggester = SpellingSuggester()
_ = suggester.candidates(for: misspellings[0])  // pages the index in
var perWord: [Double] = []
for _ in 0..<max(runs, 5) {
    let start = DispatchTime.now().uptimeNanoseconds
    for word in misspellings { _ = suggester.candidates(for: word) }
    perWord.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(misspellings.count))
}
print("spelling candidates, one word        \(String(format: "%8.1f", perWord.sorted()[perWord.count / 2])) µs  (median over \(misspellings.count) misspellings)")
let indexStart = DispatchTime.now().uptimeNanoseconds
if let english = FileManager.default.contents(atPath: "Rules/dictionaries/english.tsv"),
   let vocabulary = FileManager.default.contents(atPath: "Rules/dictionaries/news-vocabulary.txt") {
    _ = CorrectionIndex(english: [UInt8](english), vocabulary: [UInt8](vocabulary))
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - indexStart) / 1e9
    print("correction index built at run time   \(String(format: "%8.3f", seconds)) s  (the compiled one loads in 0)")
}
