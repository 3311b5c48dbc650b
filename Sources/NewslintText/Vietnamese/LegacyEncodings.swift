#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The legacy encodings Vietnamese text arrives in, read by mistake as
/// Windows-1252 (or Latin-1): the text shows the wrong characters, and the
/// bytes behind them decode to the right ones.
public enum LegacyEncoding: String, Sendable, CaseIterable {
    /// UTF-8 read as Windows-1252: "Viá»‡t".
    case utf8
    /// TCVN3 (ABC, the .VnTime fonts): "ViÖt", "Hµ Néi".
    case tcvn3
    /// VNI-Windows: "Vieät", "Ñaø Naüng".
    case vni
    /// VISCII: "Vi®t".
    case viscii
    /// Windows-1258, whose tones are combining marks: "Viêòt".
    case windows1258

    public var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .tcvn3: "TCVN3 (ABC)"
        case .vni: "VNI-Windows"
        case .viscii: "VISCII"
        case .windows1258: "Windows-1258"
        }
    }
}

/// Characters back to the Windows-1252 bytes they were read from.
public enum Windows1252 {
    private static let specials: [Unicode.Scalar: UInt8] = [
        "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88, "‰": 0x89,
        "Š": 0x8A, "‹": 0x8B, "Œ": 0x8C, "Ž": 0x8E, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95,
        "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9A, "›": 0x9B, "œ": 0x9C, "ž": 0x9E, "Ÿ": 0x9F,
    ]

    /// The byte, or nil for a character Windows-1252 (with Latin-1's C1
    /// controls for its five holes) cannot have produced.
    public static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        if scalar.value < 0x100 { return UInt8(scalar.value) }
        return specials[scalar]
    }

    /// Characters of Latin-1's upper half that European words never hold
    /// but single-byte Vietnamese encodings put in words (TCVN3's µ = à,
    /// ¸ = á, ­ = ư, § = Đ; VISCII's ® = ệ).
    public static let legacySignature: Set<Unicode.Scalar> = Set("¡¢£¤¥¦§¨©ª«¬\u{00AD}®µ¶·¸¹»¼½¾".unicodeScalars)

    /// Whether the character is typographic punctuation, which genuine
    /// text uses as often as broken text does.
    public static func isTypographic(_ scalar: Unicode.Scalar) -> Bool {
        ["‘", "’", "“", "”", "–", "—", "•", "…", "\u{00A0}"].contains(scalar)
    }
}

public enum LegacyDecoder {
    /// Every UTF-8 sequence hidden in the text as Windows-1252 characters,
    /// decoded (twice-broken text is decoded twice); other characters are
    /// kept. nil when there is none.
    public static func utf8Mojibake(_ text: String) -> String? {
        var current = text
        var changed = false
        for _ in 0..<2 {
            guard let decoded = decodeUTF8Sequences(current) else { break }
            current = decoded
            changed = true
        }
        return changed ? current : nil
    }

    private static func decodeUTF8Sequences(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var changed = false
        var index = 0
        while index < scalars.count {
            if let lead = Windows1252.byte(for: scalars[index]), lead >= 0xC2, lead <= 0xF4 {
                let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
                var bytes = [lead]
                var position = index + 1
                while bytes.count < length, position < scalars.count,
                      let byte = Windows1252.byte(for: scalars[position]), byte & 0xC0 == 0x80 {
                    bytes.append(byte)
                    position += 1
                }
                if bytes.count == length, let decoded = String(validating: bytes, as: UTF8.self),
                   decoded.unicodeScalars.allSatisfy(isLikelyMisread) {
                    output.append(contentsOf: decoded.unicodeScalars)
                    changed = true
                    index = position
                    continue
                }
            }
            output.append(scalars[index])
            index += 1
        }
        return changed ? String(output) : nil
    }

    /// Characters that Western copy misread as Windows-1252 holds: Latin
    /// letters (Vietnamese ones above all), combining marks, punctuation and
    /// currency. "ß¶" is a valid UTF-8 sequence too, but for an N'Ko letter
    /// no such copy has; it is VISCII "ư" + "ờ".
    private static func isLikelyMisread(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x20CF, 0x2100...0x215F: true
        default: false
        }
    }

    /// A word of single-byte legacy text decoded, or nil when one of its
    /// characters cannot be a byte of it.
    public static func decode(_ word: String, as encoding: LegacyEncoding) -> String? {
        var bytes: [UInt8] = []
        for scalar in word.unicodeScalars {
            guard let byte = Windows1252.byte(for: scalar) else { return nil }
            bytes.append(byte)
        }
        switch encoding {
        case .utf8: return String(validating: bytes, as: UTF8.self)
        case .vni: return VNI.decode(word)
        case .tcvn3: return iconv(bytes, from: "TCVN5712-1")
        case .viscii: return iconv(bytes, from: "VISCII")
        case .windows1258: return iconv(bytes, from: "CP1258").map(UnicodeNormalization.nfc)
        }
    }

    /// glibc's converter (ICU has none of TCVN3, VISCII; its Windows-1258
    /// is no better), nil when the bytes are not text in `encoding`.
    private static func iconv(_ bytes: [UInt8], from encoding: String) -> String? {
        let converter = iconv_open("UTF-8", encoding)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 8)
        let converted: Int = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer = source.baseAddress, outPointer = target.baseAddress
                var inLeft = source.count, outLeft = target.count
                let result = Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                guard result != -1, inLeft == 0 else { return -1 }
                // Converters that compose (TCVN3, Windows-1258) hold the last
                // character back until they are flushed.
                guard Glibc.iconv(converter, nil, nil, &outPointer, &outLeft) != -1 else { return -1 }
                return target.count - outLeft
            }
        }
        guard converted >= 0 else { return nil }
        return String(validating: output[0..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
