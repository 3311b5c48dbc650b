/// For `RepetitionFinder`: for each unit, the earlier units inside the
/// window that share one of its sampled 3-grams, counting only 3-grams
/// that at most `commonShingle` earlier units have (more is boilerplate).
///
/// Every (3-gram, unit) posting is first partitioned by the 3-gram's top
/// bits, keeping the units' order; each partition then holds every posting
/// of its 3-grams, few enough for a small `ShinglePostings` that stays in
/// the processor's fastest cache. One table for the whole document, probed
/// unit by unit, took 16 MB for 10 MB of text and missed the caches on
/// nearly every probe. The result is the same: 3-grams do not interact, and
/// each partition reads its postings in the units' order.
struct RepeatCandidates {
    /// The candidates of unit `u` are `others[starts[u]..<starts[u + 1]]`,
    /// newest first for each 3-gram, repeats possible.
    private let starts: [Int32]
    private let others: [Int32]

    /// `sampled[units[u]]` are unit `u`'s sampled 3-grams (none for a unit
    /// too short to be judged, which so neither has candidates nor is one).
    init(units: [Range<Int>], sampled: [UInt64], window: Int, commonShingle: Int) {
        let postingCount = units.reduce(0) { $0 + $1.count }
        // About 64 postings a partition.
        var partitionBits = 0
        while 64 << partitionBits < postingCount { partitionBits += 1 }
        let shift = UInt64(64 - partitionBits)
        func partition(_ key: UInt64) -> Int { partitionBits == 0 ? 0 : Int(truncatingIfNeeded: key >> shift) }

        // Counting sort by partition, stable: each partition's postings stay in unit order.
        var partitionStarts = [Int](repeating: 0, count: (1 << partitionBits) + 1)
        var keys = [UInt64](repeating: 0, count: postingCount), postingUnits = [Int32](repeating: 0, count: postingCount)
        sampled.withUnsafeBufferPointer { sampled in
            partitionStarts.withUnsafeMutableBufferPointer { partitionStarts in
                for range in units {
                    for index in range { partitionStarts[partition(sampled[index]) + 1] += 1 }
                }
                for index in 1..<partitionStarts.count { partitionStarts[index] += partitionStarts[index - 1] }
            }
            var next = partitionStarts
            keys.withUnsafeMutableBufferPointer { keys in
            postingUnits.withUnsafeMutableBufferPointer { postingUnits in
            next.withUnsafeMutableBufferPointer { next in
                for (unit, range) in units.enumerated() {
                    for index in range {
                        let key = sampled[index], part = partition(key)
                        keys[next[part]] = key
                        postingUnits[next[part]] = Int32(unit)
                        next[part] += 1
                    }
                }
            }}}
        }

        // Each partition read in unit order: the candidates a unit finds
        // through a 3-gram are the earlier units posted for it, unless more
        // than `commonShingle` are; then the unit is posted (once).
        var pairs: [(unit: Int32, other: Int32)] = []
        var largest = 0
        for index in 0..<(partitionStarts.count - 1) { largest = max(largest, partitionStarts[index + 1] - partitionStarts[index]) }
        var postings = ShinglePostings(expectedKeys: largest)
        for index in 0..<(partitionStarts.count - 1) where partitionStarts[index + 1] > partitionStarts[index] {
            postings.removeAll()
            postings.reserve(partitionStarts[index + 1] - partitionStarts[index])
            for position in partitionStarts[index]..<partitionStarts[index + 1] {
                let unit = Int(postingUnits[position])
                let slot = postings.slot(of: keys[position])
                let (count, newest) = postings.postings(at: slot)
                if count <= commonShingle {
                    var posting = newest
                    while posting >= 0 {
                        let other = postings.unit(of: posting)
                        guard other >= unit - window else { break }
                        if other != unit { pairs.append((Int32(unit), Int32(other))) }
                        posting = postings.posting(before: posting)
                    }
                }
                postings.add(unit, at: slot, limit: commonShingle + 1)
            }
        }

        // Grouped by unit (a counting sort again).
        var starts = [Int32](repeating: 0, count: units.count + 1)
        for pair in pairs { starts[Int(pair.unit) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var others = [Int32](repeating: 0, count: pairs.count)
        var fill = starts
        for pair in pairs {
            others[Int(fill[Int(pair.unit)])] = pair.other
            fill[Int(pair.unit)] += 1
        }
        self.starts = starts
        self.others = others
    }

    /// Unit `unit`'s candidates, repeats possible.
    func of(_ unit: Int) -> ArraySlice<Int32> {
        others[Int(starts[unit])..<Int(starts[unit + 1])]
    }
}
