import Foundation

enum ColorChoice: String, CaseIterable {
    case auto, always, never
}

enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func useColor(_ choice: ColorChoice, fileDescriptor: Int32 = STDOUT_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return !noColor && isatty(fileDescriptor) == 1
        }
    }

    static func writeError(_ message: String) {
        FileHandle.standardError.write(Data(message.utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func write(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
