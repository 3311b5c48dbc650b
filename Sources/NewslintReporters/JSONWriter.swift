/// A JSON value with ordered object keys, so the output's field order is the
/// documented one.
public indirect enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case null

    public func rendered(indent: Int = 0) -> String {
        var output = ""
        write(to: &output, indent: indent)
        return output
    }

    /// On one line, with no spaces: one record of a line-delimited stream.
    public func compact() -> String {
        var output = ""
        writeCompact(to: &output)
        return output
    }

    private func writeCompact(to output: inout String) {
        switch self {
        case .null, .int, .string: write(to: &output, indent: 0)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.writeCompact(to: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                value.writeCompact(to: &output)
            }
            output += "}"
        }
    }

    private func write(to output: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closingPad = String(repeating: "  ", count: indent)
        switch self {
        case .null: output += "null"
        case .int(let value): output += String(value)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            if values.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += pad
                value.write(to: &output, indent: indent + 1)
                output += index + 1 < values.count ? ",\n" : "\n"
            }
            output += closingPad + "]"
        case .object(let fields):
            if fields.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                output += pad
                Self.writeString(key, to: &output)
                output += ": "
                value.write(to: &output, indent: indent + 1)
                output += index + 1 < fields.count ? ",\n" : "\n"
            }
            output += closingPad + "}"
        }
    }

    private static func writeString(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
