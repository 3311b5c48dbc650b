import Foundation

/// Compiles newslint's word lists into the table format of `LexiconTable`.
/// Run by `swift run lexicon-compiler` after a list changes; a test checks
/// that the table compiled into the binary matches the lists.
public enum LexiconCompiler {
    /// - Parameters:
    ///   - english: "word<TAB>count" lines (count 0 when unknown).
    ///   - names: one name a line.
    ///   - vocabulary: entries of one or more words, # comments; capitalised
    ///     words are names, the others ordinary words.
    public static func compile(english: [UInt8], names: [UInt8], vocabulary: [UInt8]) -> [UInt8] {
        var words: [(key: ArraySlice<UInt8>, kind: Lexicon.Kind, count: Int)] = []
        WordList.forEachLine(english) { line in
            guard let tab = line.firstIndex(of: 0x09) else { return }
            let count = line[(tab + 1)...].reduce(0) { $1 >= 0x30 && $1 <= 0x39 ? $0 * 10 + Int($1 - 0x30) : $0 }
            words.append((line[..<tab], .word, count))
        }
        WordList.forEachLine(names) { line in
            if !line.isEmpty { words.append((line, .name, 0)) }
        }
        WordList.forEachVocabularyWord(vocabulary) { word, _, _ in
            let first = String(decoding: word, as: UTF8.self).first!
            words.append((word, first.isUppercase ? .name : .word, 0))
        }

        // cost = ln(total / count); listed-but-uncounted words get the cost
        // of half the rarest count.
        let counts = words.map(\.count).filter { $0 > 0 }
        let total = Double(max(1, counts.reduce(0, +)))
        let rareCost = Float(log(total / (Double(counts.min() ?? 1) / 2)))

        var slotCount = 1024
        while slotCount * 5 < words.count * 8 { slotCount *= 2 }  // load factor ≤ 0.625
        var slots = [UInt32](repeating: 0, count: slotCount)
        var entries: [(offset: Int, length: Int, kind: Lexicon.Kind, cost: Float)] = []
        var keys: [UInt8] = []
        for word in words where word.key.count <= 255 {
            let cost = word.count > 0 ? Float(log(total / Double(word.count))) : rareCost
            let hash = word.key.withUnsafeBufferPointer { LexiconFormat.hash($0, lowercasing: false) }
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            var existing: Int?
            while slots[slot] != 0 {
                let index = Int(slots[slot]) - 1
                let entry = entries[index]
                if keys[entry.offset..<(entry.offset + entry.length)].elementsEqual(word.key) {
                    existing = index
                    break
                }
                slot = (slot + 1) & (slotCount - 1)
            }
            if let existing {
                // Listed twice: keep the cheaper cost and the first kind.
                entries[existing].cost = min(entries[existing].cost, cost)
                continue
            }
            entries.append((keys.count, word.key.count, word.kind, cost))
            keys.append(contentsOf: word.key)
            slots[slot] = UInt32(entries.count)
        }

        var output = LexiconFormat.magic
        output.reserveCapacity(LexiconFormat.headerSize + slotCount * 4 + entries.count * 8 + keys.count)
        append(UInt32(slotCount), to: &output)
        append(UInt32(entries.count), to: &output)
        append(UInt32(keys.count), to: &output)
        append(rareCost.bitPattern, to: &output)
        output.append(contentsOf: [UInt8](repeating: 0, count: 8))
        for slot in slots { append(slot, to: &output) }
        for entry in entries {
            append(UInt32(entry.offset), to: &output)
            output.append(UInt8(entry.length))
            output.append(entry.kind.rawValue)
            append(UInt16(min(65535, (entry.cost * LexiconFormat.costScale).rounded())), to: &output)
        }
        output.append(contentsOf: keys)
        return output
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to output: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { output.append(contentsOf: $0) }
    }
}
