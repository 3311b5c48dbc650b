/// How far a typed word is from the word meant: the optimal string
/// alignment distance (Damerau–Levenshtein where no letter is edited
/// twice), and a weighted cost of the same alignment in which the slips
/// typists make most often cost least.
///
/// Weights, in units of one ordinary edit:
/// - two neighbours swapped ("teh"), a letter doubled or undoubled
///   ("occurrred", "ocured"): 0.5;
/// - a letter replaced by a keyboard neighbour ("pokitical") or a vowel by
///   a vowel ("seperate"): 0.75;
/// - any other substitution, insertion or deletion: 1;
/// - an edit to the first letter costs 0.5 more: typists rarely get it wrong.
public enum TypingDistance {
    public struct Measure: Sendable, Equatable {
        /// Number of edits (0, 1 or 2 within the limit).
        public let edits: Int
        /// The weighted cost of the cheapest alignment.
        public let cost: Float
    }

    /// nil when more than `limit` edits apart. Both words ASCII letters,
    /// compared without regard to case.
    public static func measure(typed: UnsafeBufferPointer<UInt8>, intended: UnsafeRawBufferPointer, limit: Int) -> Measure? {
        let n = typed.count, m = intended.count
        guard n > 0, m > 0, abs(n - m) <= limit, n < 64, m < 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + m) { lowered in
            for index in 0..<n { lowered[index] = typed[index] | 0x20 }
            for index in 0..<m { lowered[n + index] = intended[index] | 0x20 }
            let typed = UnsafeBufferPointer(rebasing: lowered[0..<n])
            let intended = UnsafeBufferPointer(rebasing: lowered[n...])
            // Most candidates from the index are too far: rule them out with
            // the letters they hold, then the plain count, before weighing
            // the few that remain.
            guard lettersDiffer(typed, intended, byAtMost: limit), editCount(typed, intended, limit: limit) != nil
            else { return nil }
            return measureLowercase(typed: typed, intended: UnsafeRawBufferPointer(intended), limit: limit)
        }
    }

    /// A lower bound on the distance: each edit adds at most one letter
    /// the other word lacks, to each side.
    static func lettersDiffer(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, byAtMost limit: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: Int16.self, capacity: 32) { counts in
            counts.initialize(repeating: 0)
            for byte in a { counts[Int(byte & 31)] += 1 }
            for byte in b { counts[Int(byte & 31)] -= 1 }
            var surplus = 0, deficit = 0
            for count in counts {
                if count > 0 { surplus += Int(count) } else { deficit -= Int(count) }
            }
            return surplus <= limit && deficit <= limit
        }
    }

    /// The optimal string alignment distance, nil above `limit`.
    static func editCount(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        let n = a.count, m = b.count
        let width = m + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            for j in 0...m { rows[j] = j }
            for i in 1...n {
                let row = (i % 3) * width, previous = ((i - 1) % 3) * width, beforePrevious = ((i + 1) % 3) * width
                rows[row] = i
                var rowMinimum = i
                for j in 1...m {
                    var best = rows[previous + j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                    best = min(best, rows[previous + j] + 1, rows[row + j - 1] + 1)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        best = min(best, rows[beforePrevious + j - 2] + 1)
                    }
                    rows[row + j] = best
                    rowMinimum = min(rowMinimum, best)
                }
                if rowMinimum > limit { return nil }
            }
            let distance = rows[(n % 3) * width + m]
            return distance <= limit ? distance : nil
        }
    }

    private static func measureLowercase(
        typed: UnsafeBufferPointer<UInt8>, intended: UnsafeRawBufferPointer, limit: Int
    ) -> Measure? {
        let n = typed.count, m = intended.count
        // Rows of the edit-count and weighted-cost tables; three rows are
        // enough for transpositions.
        let width = m + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { counts in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * width) { costs in
                for j in 0...m {
                    counts[j] = j
                    costs[j] = j == 0 ? 0 : costs[j - 1] + insertionCost(at: j - 1, intended: intended)
                }
                for i in 1...n {
                    let row = (i % 3) * width, previous = ((i - 1) % 3) * width, beforePrevious = ((i + 1) % 3) * width
                    counts[row] = i
                    costs[row] = costs[previous] + deletionCost(at: i - 1, typed: typed)
                    var rowMinimum = i
                    for j in 1...m {
                        let a = typed[i - 1], b = intended[j - 1]
                        let same = a == b
                        var count = counts[previous + j - 1] + (same ? 0 : 1)
                        var cost = costs[previous + j - 1] + (same ? 0 : substitutionCost(a, for: b, at: j - 1))
                        let deleted = counts[previous + j] + 1
                        let deletedCost = costs[previous + j] + deletionCost(at: i - 1, typed: typed)
                        if deleted < count || (deleted == count && deletedCost < cost) { count = deleted; cost = deletedCost }
                        let inserted = counts[row + j - 1] + 1
                        let insertedCost = costs[row + j - 1] + insertionCost(at: j - 1, intended: intended)
                        if inserted < count || (inserted == count && insertedCost < cost) { count = inserted; cost = insertedCost }
                        if i > 1, j > 1, a == intended[j - 2], typed[i - 2] == b, a != b {
                            let swapped = counts[beforePrevious + j - 2] + 1
                            let swappedCost = costs[beforePrevious + j - 2] + 0.5 + (j == 2 ? 0.5 : 0)
                            if swapped < count || (swapped == count && swappedCost < cost) { count = swapped; cost = swappedCost }
                        }
                        counts[row + j] = count
                        costs[row + j] = cost
                        rowMinimum = min(rowMinimum, count)
                    }
                    if rowMinimum > limit { return nil }
                }
                let last = (n % 3) * width + m
                return counts[last] <= limit ? Measure(edits: counts[last], cost: costs[last]) : nil
            }
        }
    }

    /// The typed word has an extra letter at `index`.
    private static func deletionCost(at index: Int, typed: UnsafeBufferPointer<UInt8>) -> Float {
        let doubled = (index > 0 && typed[index - 1] == typed[index])
            || (index + 1 < typed.count && typed[index + 1] == typed[index])
        return (doubled ? 0.5 : 1) + (index == 0 ? 0.5 : 0)
    }

    /// The typed word lacks the letter `intended[index]`.
    private static func insertionCost(at index: Int, intended: UnsafeRawBufferPointer) -> Float {
        let doubled = (index > 0 && intended[index - 1] == intended[index])
            || (index + 1 < intended.count && intended[index + 1] == intended[index])
        return (doubled ? 0.5 : 1) + (index == 0 ? 0.5 : 0)
    }

    private static func substitutionCost(_ typed: UInt8, for intended: UInt8, at index: Int) -> Float {
        let base: Float = Keyboard.areNeighbours(typed, intended) || (Keyboard.isVowel(typed) && Keyboard.isVowel(intended)) ? 0.75 : 1
        return base + (index == 0 ? 0.5 : 0)
    }
}

/// Which letters sit next to each other on a QWERTY keyboard.
public enum Keyboard {
    private static let rows: [[UInt8]] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"].map { Array($0.utf8) }

    /// 26 × 26 bits: bit `b` of entry `a` says letters a and b are neighbours.
    private static let neighbours: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 26)
        func link(_ a: UInt8, _ b: UInt8) {
            table[Int(a - 0x61)] |= 1 << UInt32(b - 0x61)
            table[Int(b - 0x61)] |= 1 << UInt32(a - 0x61)
        }
        for (rowIndex, row) in rows.enumerated() {
            for index in row.indices {
                if index + 1 < row.count { link(row[index], row[index + 1]) }
                guard rowIndex + 1 < rows.count else { continue }
                // The row below is offset by half a key: its keys at index - 1 and index touch this one.
                let below = rows[rowIndex + 1]
                for offset in [index - 1, index] where offset >= 0 && offset < below.count { link(row[index], below[offset]) }
            }
        }
        return table
    }()

    /// a e i o u y, lowercase ASCII.
    public static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }

    public static func areNeighbours(_ a: UInt8, _ b: UInt8) -> Bool {
        guard a >= 0x61, a <= 0x7A, b >= 0x61, b <= 0x7A else { return false }
        return neighbours[Int(a - 0x61)] & (1 << UInt32(b - 0x61)) != 0
    }
}
