import Foundation

/// A staff file's text, kept so diagnostics can quote the offending line.
struct SourceFile: Sendable {
    let path: String
    let text: String
    private let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1]).replacingOccurrences(of: "\r", with: "")
    }

    func diagnostic(
        _ message: String, line: Int, column: Int, hint: String? = nil,
        severity: Diagnostic.Severity = .error
    ) -> Diagnostic {
        Diagnostic(
            file: path, line: line, column: column, severity: severity,
            message: message, hint: hint, sourceLine: self.line(line))
    }
}

extension Diagnostic {
    /// A diagnostic at `location`, quoting that line of the file as it is on disk now.
    public static func at(
        _ location: SourceLocation, severity: Severity = .error, _ message: String, hint: String? = nil
    ) -> Diagnostic {
        let line = FileManager.default.contents(atPath: location.file)
            .flatMap { String(data: $0, encoding: .utf8) }
            .flatMap { SourceFile(path: location.file, text: $0).line(location.line) }
        return Diagnostic(
            file: location.file, line: location.line, column: location.column, severity: severity,
            message: message, hint: hint, sourceLine: line)
    }
}
