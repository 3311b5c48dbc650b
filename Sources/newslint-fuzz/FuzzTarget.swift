// A libFuzzer target over the tokenizer, every rule and the fixer,
// asserting `Invariants`. Built with FUZZING defined and -sanitize=fuzzer
// (see CONTRIBUTING.md, "Fuzzing") it runs libFuzzer; built plainly, it
// replays inputs:
//
//     newslint-fuzz FILE...     check the invariants on each file
import Foundation
import NewslintVerification

/// Checks one input; a violated invariant is a crash for libFuzzer.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = Invariants.violations(of: bytes)
    if !problems.isEmpty { fatalError("invariant violated: \(problems.joined(separator: "; "))") }
    return 0
}

#if FUZZING
// libFuzzer's entry for programs that keep their own main (SwiftPM
// executables always have one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
#endif

@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
        #else
        var failed = false
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                failed = true
                continue
            }
            let problems = Invariants.violations(of: [UInt8](data))
            print("\(path): \(problems.isEmpty ? "ok" : problems.joined(separator: "; "))")
            failed = failed || !problems.isEmpty
        }
        exit(failed ? 1 : 0)
        #endif
    }
}
