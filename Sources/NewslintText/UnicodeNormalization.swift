import NewslintCore
import CICU

/// NFC checks and conversion on UTF-8 bytes, through ICU's normalizer.
public enum UnicodeNormalization {
    /// Whether UTF-8 text is in NFC. Text made only of characters NFC never
    /// changes (see `isStableRun`) is, without asking ICU.
    public static func isNFC<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        if let answer = bytes.withContiguousStorageIfAvailable(isNFC) { return answer }
        return Array(bytes).withUnsafeBufferPointer(isNFC)
    }

    public static func isNFC(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        isStableRun(buffer) || icuIsNFC(buffer)
    }

    static func icuIsNFC(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        nl_nfc_is_normalized(buffer.baseAddress, Int32(buffer.count)) == 1
    }

    /// Whether valid UTF-8 holds only characters that are NFC as they stand
    /// and combine with nothing before them: everything below U+0300 (ASCII,
    /// Latin-1, Latin Extended-A/B: à, ơ, ư, đ), U+1E00–U+1EFF (Latin
    /// Extended Additional: ạ, ế, ữ) and U+2010–U+2027 (dashes, curly quotes,
    /// the ellipsis). None of these is a composition exclusion, a singleton
    /// or a combining character, so such text is NFC. Nearly all news copy,
    /// Vietnamese included, is this; anything else is left to ICU.
    static func isStableRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while let lead = ASCIIScan.firstNonASCII(bytes, from: index, to: bytes.count) {
            let byte = bytes[lead]
            let second = lead + 1 < bytes.count ? bytes[lead + 1] : 0
            let third = lead + 2 < bytes.count ? bytes[lead + 2] : 0
            if byte >= 0xC2 && byte <= 0xCB {  // U+0080–U+02FF
                index = lead + 2
            } else if byte == 0xE1 && second >= 0xB8 && second <= 0xBB {  // U+1E00–U+1EFF
                index = lead + 3
            } else if byte == 0xE2 && second == 0x80 && third >= 0x90 && third <= 0xA7 {  // U+2010–U+2027
                index = lead + 3
            } else {
                return false
            }
        }
        return true
    }

    /// The NFC form of a word whose letters NFC can only change by composing
    /// combining diacritics (U+0300–U+036F), as Vietnamese letters are: a word
    /// without one is returned as it is, without a trip to ICU.
    public static func nfcComposingDiacritics(_ string: String) -> String {
        string.utf8.contains { $0 == 0xCC || $0 == 0xCD } ? nfc(string) : string
    }

    /// The NFC form of UTF-8 text.
    public static func nfc(_ string: String) -> String {
        let input = Array(string.utf8)
        if input.allSatisfy({ $0 < 0x80 }) { return string }
        var capacity = input.count + 16
        while true {
            var output = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let written = input.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    nl_nfc_normalize(source.baseAddress, Int32(source.count), target.baseAddress, Int32(capacity), &status)
                }
            }
            // Normalisation of valid UTF-8 cannot fail short of memory; keep
            // the text unchanged rather than lose it.
            guard written >= 0, status <= 0 else { return string }
            if Int(written) <= capacity {
                return String(decoding: output[0..<Int(written)], as: UTF8.self)
            }
            capacity = Int(written)
        }
    }
}
