/// Writing a replacement in the case of the text it replaces, for the
/// spelling corrections and the declarative substitutions alike.
enum WordCase {
    /// "Pobiburo" + "politburo" → "Politburo"; "TEH" + "the" → "THE";
    /// "Inline with" + "in line with" → "In line with"; a name keeps its own
    /// capitals ("lavorv" + "Lavrov" → "Lavrov").
    static func apply(of written: String, to replacement: String) -> String {
        if written.count > 1, written == written.uppercased(), written != written.lowercased() { return replacement.uppercased() }
        guard let first = written.first, first.isUppercase, let head = replacement.first else { return replacement }
        return head.uppercased() + replacement.dropFirst()
    }
}
