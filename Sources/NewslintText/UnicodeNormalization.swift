import CICU

/// NFC checks and conversion on UTF-8 bytes, through ICU's normalizer.
public enum UnicodeNormalization {
    /// Whether UTF-8 text is in NFC. Pure ASCII always is, without asking ICU.
    public static func isNFC<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        let array = Array(bytes)
        return array.withUnsafeBufferPointer { buffer in
            nl_nfc_is_normalized(buffer.baseAddress, Int32(buffer.count)) == 1
        }
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
