// Compiles Rules/dictionaries/{english.tsv,names.txt,news-vocabulary.txt}
// into Rules/dictionaries/lexicon.bin, the table compiled into newslint.
//
//     swift run lexicon-compiler [DICTIONARIES-FOLDER]
//
// Run it after changing any of the lists; `swift test` fails while the
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

let table = LexiconCompiler.compile(
    english: read("english.tsv"), names: read("names.txt"), vocabulary: read("news-vocabulary.txt"))
let output = folder.appendingPathComponent("lexicon.bin")
do {
    try Data(table).write(to: output, options: .atomic)
    print("\(output.path): \(table.count) bytes")
} catch {
    FileHandle.standardError.write(Data("lexicon-compiler: cannot write \(output.path): \(error)\n".utf8))
    exit(2)
}
