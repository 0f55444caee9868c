import Foundation

/// A staff file's text, kept so diagnostics can quote the offending line.
struct SourceFile: Sendable {
    let path: String
    /// The text with every line break as LF (see `normalisingLineBreaks`).
    let text: String
    private let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.text = Self.normalisingLineBreaks(text)
        self.lines = self.text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// `text` with each line break the YAML parser counts (CR LF, CR, LF, NEL, LS, PS) written
    /// as LF. Then every reader splits lines as the YAML parser numbers them, and a diagnostic
    /// quotes the line it names, whatever editor saved the file. (Split on `"\n"`, a CR LF file
    /// was one long line: Swift reads CR LF as one character. Found by the fuzz test.)
    static func normalisingLineBreaks(_ text: String) -> String {
        func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
        guard text.unicodeScalars.contains(where: isBreak) else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            result.append(isBreak(scalar) ? "\n" : scalar)
        }
        return String(result)
    }

    func line(_ number: Int) -> String? {
        guard number >= 1, number <= lines.count else { return nil }
        return String(lines[number - 1])
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
