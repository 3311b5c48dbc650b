// Compiles Rules/dictionaries/{english.tsv,names.txt,news-vocabulary.txt}
// into the two tables compiled into newslint:
//   lexicon.bin      every known word and name (LexiconTable.swift);
//   corrections.bin  the words a misspelling may be corrected to, with
//                    their symmetric-delete index (CorrectionIndexTable.swift).
//
//     swift run -c release lexicon-compiler [DICTIONARIES-FOLDER]
//
// Run it after changing any of the lists; `swift test` fails while either
// table is stale.
import Foundation
import NewslintText

let folder = CommandLine.arguments.count > 1
    ? URL(fileURLWithPath: CommandLine.arguments[1])
    : URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Rules/dictionaries")

func read(_ name: String) -> [UInt8] {
    do {
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    } catch {
        FileHandle.standardError.write(Data("lexicon-compiler: cannot read \(folder.path)/\(name): \(error)\n".utf8))
        exit(2)
    }
}

func write(_ bytes: [UInt8], to name: String) {
    let output = folder.appendingPathComponent(name)
    do {
        try Data(bytes).write(to: output, options: .atomic)
        print("\(output.path): \(bytes.count) bytes")
    } catch {
        FileHandle.standardError.write(Data("lexicon-compiler: cannot write \(output.path): \(error)\n".utf8))
        exit(2)
    }
}

let english = read("english.tsv"), vocabulary = read("news-vocabulary.txt")
write(LexiconCompiler.compile(english: english, names: read("names.txt"), vocabulary: vocabulary), to: "lexicon.bin")
let started = Date()
let corrections = CorrectionIndexCompiler.compile(english: english, vocabulary: vocabulary)
print("correction index compiled in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
write(corrections, to: "corrections.bin")
