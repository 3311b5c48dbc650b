/// A unified diff (`diff -u` style, three lines of context) between two
/// versions of a file, computed line by line with Myers' algorithm, which
/// is fast when the versions differ in few lines, as fixes do.
enum UnifiedDiff {
    static func render(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        let oldLines = lines(old)
        let newLines = lines(new)
        let script = editScript(oldLines, newLines)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- \(path)\n+++ \(path)\n"
        for hunk in hunks(script, context: context) {
            output += hunk
        }
        return output
    }

    private struct Step {
        enum Kind { case same, delete, insert }
        let kind: Kind
        let text: String
        let oldLine: Int  // 0-based index of the next old line at this step
        let newLine: Int
    }

    private static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(String(decoding: bytes[start...index], as: UTF8.self))
            start = index + 1
        }
        if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return result
    }

    /// The shortest edit script between `a` and `b` (Myers 1986).
    private static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count, m = b.count, offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]))
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                frontier[offset + k] = x
                if x >= n && y >= m { trace.append(frontier); break search }
            }
        }
        // Walk the trace back from the end to recover the steps.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let previous = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && previous[offset + k - 1] < previous[offset + k + 1])) ? k + 1 : k - 1
            let previousX = previous[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                x -= 1; y -= 1
                steps.append(Step(kind: .same, text: a[x], oldLine: x, newLine: y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(Step(kind: .insert, text: b[y], oldLine: x, newLine: y))
                } else {
                    x -= 1
                    steps.append(Step(kind: .delete, text: a[x], oldLine: x, newLine: y))
                }
            }
        }
        return steps.reversed()
    }

    private static func hunks(_ steps: [Step], context: Int) -> [String] {
        var result: [String] = []
        var index = 0
        while index < steps.count {
            guard let firstChange = steps[index...].firstIndex(where: { $0.kind != .same }) else { break }
            let start = max(index, firstChange - context)
            var end = firstChange
            // Extend while the next change is within 2 × context lines.
            while true {
                var next = end + 1
                while next < steps.count && steps[next].kind == .same { next += 1 }
                if next < steps.count && next - end <= 2 * context { end = next } else { break }
            }
            let stop = min(steps.count, end + context + 1)
            let slice = steps[start..<stop]
            let oldCount = slice.filter { $0.kind != .insert }.count
            let newCount = slice.filter { $0.kind != .delete }.count
            let oldStart = oldCount == 0 ? slice.first!.oldLine : slice.first!.oldLine + 1
            let newStart = newCount == 0 ? slice.first!.newLine : slice.first!.newLine + 1
            var hunk = "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for step in slice {
                let marker = step.kind == .same ? " " : step.kind == .delete ? "-" : "+"
                hunk += marker + step.text
                if !step.text.hasSuffix("\n") { hunk += "\n\\ No newline at end of file\n" }
            }
            result.append(hunk)
            index = stop
        }
        return result
    }
}
