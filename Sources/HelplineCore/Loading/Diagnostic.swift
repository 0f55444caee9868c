/// One problem found in a staff-edited file, located like compiler output.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    /// Path of the file, as given to the loader.
    public var file: String
    /// 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column, or 0 when unknown.
    public var column: Int
    public var severity: Severity
    /// What went wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// The offending source line, shown under the message with a caret.
    public var sourceLine: String?

    public init(
        file: String, line: Int = 0, column: Int = 0, severity: Severity = .error,
        message: String, hint: String? = nil, sourceLine: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// `file:line:col: error: message`, then the source line, a caret and the hint.
    public var description: String {
        var location = file
        if line > 0 { location += ":\(line)" }
        if line > 0, column > 0 { location += ":\(column)" }
        var text = "\(location): \(severity.rawValue): \(message)"
        if let sourceLine, column > 0 {
            text += "\n    \(sourceLine)\n    " + String(repeating: " ", count: column - 1) + "^"
        }
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// The intent folder could not be loaded; every problem found is listed, not just the first.
public struct IntentLoadError: Error, Sendable, CustomStringConvertible {
    /// All problems, in file order.
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(errors) error\(errors == 1 ? "" : "s") in intent files; nothing was loaded."
    }
}
