import Foundation

/// Compiles the correction targets and their symmetric-delete index into
/// the layout of `CorrectionIndexFormat`. Run by `lexicon-compiler`; the
/// index records a fingerprint of its source lists so a test can tell
/// when it is stale without rebuilding it.
public enum CorrectionIndexCompiler {
    /// The cost given to news-vocabulary terms no corpus counts: that of a
    /// moderately common word, since news copy uses them often.
    static let newsTermCost: Float = 14

    /// - Parameters:
    ///   - english: "word<TAB>count" lines; only counted words become
    ///     targets (a correction to a word no corpus has seen is a guess).
    ///   - vocabulary: the news vocabulary; the ASCII words of its terms
    ///     (institutions, companies; not people or places) become targets.
    public static func compile(english: [UInt8], vocabulary: [UInt8]) -> [UInt8] {
        var targets: [(key: [UInt8], cost: Float, flags: UInt8)] = []
        var byLowercase: [[UInt8]: Int] = [:]

        var counted: [(ArraySlice<UInt8>, Int)] = []
        WordList.forEachLine(english) { line in
            guard let tab = line.firstIndex(of: 0x09) else { return }
            let count = line[(tab + 1)...].reduce(0) { $1 >= 0x30 && $1 <= 0x39 ? $0 * 10 + Int($1 - 0x30) : $0 }
            let word = line[..<tab]
            if count > 0, word.count >= 2, word.allSatisfy(\.isASCIILetterByte) { counted.append((word, count)) }
        }
        let total = Double(max(1, counted.reduce(0) { $0 + $1.1 }))
        for (word, count) in counted {
            byLowercase[Array(word)] = targets.count
            targets.append((Array(word), Float(log(total / Double(count))), 0))
        }
        // Names stay out: a near miss of a person's or a place's name is as
        // likely another name, and only the story can tell (StoryNames).
        // An ordinary word inside a longer entry (the "Agency" of "Vietnam
        // News Agency") is not a news term.
        WordList.forEachVocabularyWord(vocabulary) { word, kind, isWholeEntry in
            guard kind == .term, word.count >= 2, word.allSatisfy(\.isASCIILetterByte) else { return }
            let lowered = word.map { $0 | 0x20 }
            if let existing = byLowercase[lowered] {
                guard isWholeEntry else { return }
                targets[existing].flags |= CorrectionIndexFormat.newsTermFlag
                targets[existing].cost = min(targets[existing].cost, newsTermCost)
            } else {
                byLowercase[lowered] = targets.count
                targets.append((Array(word), newsTermCost, CorrectionIndexFormat.newsTermFlag))
            }
        }

        // Each target's delete keys, deduplicated per target.
        var keysOfTarget: [[UInt64]] = []
        keysOfTarget.reserveCapacity(targets.count)
        var distinctKeys = Set<UInt64>()
        for target in targets {
            var keys: [UInt64] = []
            target.key.withUnsafeBufferPointer { word in
                DeleteKeys.forEach(of: word, prefixLength: DeleteKeys.prefixLength,
                                   maxDeletes: CorrectionIndexFormat.maxDistance) { keys.append($0) }
            }
            keys = Array(Set(keys))
            distinctKeys.formUnion(keys)
            keysOfTarget.append(keys)
        }
        var bucketCount = 1024
        while bucketCount * 2 < distinctKeys.count { bucketCount *= 2 }  // ≤ 2 keys a bucket on average

        // Counting sort of (bucket, target) pairs into the postings.
        var starts = [UInt32](repeating: 0, count: bucketCount + 1)
        for keys in keysOfTarget {
            for bucket in Set(keys.map { Int(truncatingIfNeeded: $0) & (bucketCount - 1) }) { starts[bucket + 1] += 1 }
        }
        for bucket in 0..<bucketCount { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var postings = [UInt32](repeating: 0, count: Int(starts[bucketCount]))
        for (target, keys) in keysOfTarget.enumerated() {
            for bucket in Set(keys.map { Int(truncatingIfNeeded: $0) & (bucketCount - 1) }).sorted() {
                postings[Int(next[bucket])] = UInt32(target)
                next[bucket] += 1
            }
        }

        var output = CorrectionIndexFormat.magic
        append(UInt32(bucketCount), to: &output)
        append(UInt32(targets.count), to: &output)
        append(UInt32(postings.count), to: &output)
        append(UInt32(targets.reduce(0) { $0 + $1.key.count }), to: &output)
        append(fingerprint(english: english, vocabulary: vocabulary), to: &output)
        for start in starts { append(start, to: &output) }
        for posting in postings { append(posting, to: &output) }
        var offset = 0
        for target in targets {
            append(UInt32(offset), to: &output)
            output.append(UInt8(target.key.count))
            output.append(target.flags)
            append(UInt16(min(65535, (target.cost * CorrectionIndexFormat.costScale).rounded())), to: &output)
            offset += target.key.count
        }
        for target in targets { output.append(contentsOf: target.key) }
        return output
    }

    /// `WordHash` over both lists: what the index records to be checked against.
    public static func fingerprint(english: [UInt8], vocabulary: [UInt8]) -> UInt64 {
        WordHash.of(english + [0] + vocabulary, lowercasing: false)
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to output: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) }
    }
}
