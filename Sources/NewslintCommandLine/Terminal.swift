import Foundation

public enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}

public enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    public static func useColor(_ choice: ColorChoice, fileDescriptor: Int32 = STDOUT_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(fileDescriptor) == 1
        }
    }

    public static func writeError(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }

    public static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public static func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// The exit codes, part of the contract: 0 nothing at or above the failing
/// severity, 1 findings, 2 usage error or bad input.
public enum ExitStatus: Int32, Sendable {
    case clean = 0
    case findings = 1
    case failure = 2
}

/// newslint's version, printed by `--version` and written into reports.
public let newslintVersion = "0.1.0"
