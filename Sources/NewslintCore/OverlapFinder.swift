/// Answers "does any of these ranges overlap this one?" in O(log n): the
/// ranges sorted by start, with the furthest end reached so far.
public struct OverlapFinder: Sendable {
    private let starts: [Int]
    private let furthestEnds: [Int]

    public init(_ ranges: [TextRange]) {
        let sorted = ranges.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var furthest = Int.min
        furthestEnds = sorted.map { range in
            furthest = max(furthest, range.end)
            return furthest
        }
    }

    public func overlapsAny(_ range: TextRange) -> Bool {
        // Ranges starting before `range` ends overlap it when one of them
        // ends after it starts.
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < range.end { low = middle + 1 } else { high = middle }
        }
        return low > 0 && furthestEnds[low - 1] > range.start
    }
}
