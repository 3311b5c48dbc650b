import NewslintCore

/// Checkstyle XML (`--format checkstyle`), which Jenkins, GitLab and most CI
/// dashboards read: one `<file>` an input, one `<error>` a finding, with
/// `source` set to `newslint.RULE`.
public enum CheckstyleReporter {
    public static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
    public static let footer = "</checkstyle>\n"

    public static func file(_ report: FileReport, write: (String) -> Void) {
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        var buffer = "  <file name=\"\(XML.escape(report.path))\">\n"
        for (diagnostic, location) in zip(report.diagnostics, locations) {
            buffer += "    <error line=\"\(location.line)\" column=\"\(location.column)\" "
                + "severity=\"\(diagnostic.severity.rawValue)\" message=\"\(XML.escape(diagnostic.message))\" "
                + "source=\"newslint.\(XML.escape(diagnostic.ruleID))\"/>\n"
            if buffer.utf8.count > 65_536 {
                write(buffer)
                buffer = ""
            }
        }
        write(buffer + "  </file>\n")
    }
}

/// JUnit XML (`--format junit`) for CI test dashboards: each input is a test
/// suite, each finding a failed test case named after its rule and place; an
/// input with no findings is one passing case, so the dashboard lists it.
public enum JUnitReporter {
    public static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"newslint\">\n"
    public static let footer = "</testsuites>\n"

    public static func file(_ report: FileReport, write: (String) -> Void) {
        let path = XML.escape(report.path)
        let count = max(report.diagnostics.count, 1)
        var buffer = "  <testsuite name=\"\(path)\" tests=\"\(count)\" failures=\"\(report.diagnostics.count)\" errors=\"0\">\n"
        if report.diagnostics.isEmpty {
            buffer += "    <testcase classname=\"\(path)\" name=\"newslint\"/>\n"
        }
        let locations = report.source.locations(of: report.diagnostics.map(\.range.start))
        for (diagnostic, location) in zip(report.diagnostics, locations) {
            let place = "\(report.path):\(location.line):\(location.column)"
            buffer += "    <testcase classname=\"\(path)\" name=\"\(XML.escape("\(diagnostic.ruleID) at \(place)"))\">\n"
                + "      <failure type=\"\(XML.escape(diagnostic.ruleID))\" message=\"\(XML.escape(diagnostic.message))\">"
                + XML.escape("\(place): \(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]: \(diagnostic.message)\n"
                             + "text: \(report.source.text(diagnostic.range))")
                + "</failure>\n    </testcase>\n"
            if buffer.utf8.count > 65_536 {
                write(buffer)
                buffer = ""
            }
        }
        write(buffer + "  </testsuite>\n")
    }
}

enum XML {
    /// Text fit for an attribute value or element content. Characters XML 1.0
    /// cannot carry at all (controls other than tab, LF, CR; U+FFFE, U+FFFF)
    /// are written as `\u{…}`, as the text reporter shows invisible ones.
    static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n": output += "&#10;"
            case "\r": output += "&#13;"
            case "\t": output += "&#9;"
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
