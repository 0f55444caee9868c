/// An error thrown by ``HelplineStore``.
///
/// Compare errors by ``code`` (equality and hashing look at the code only), so new codes can
/// be added without breaking callers:
///
/// ```swift
/// do { try await store.turns(of: id) } catch let error as StoreError where error.code == .notFound { … }
/// ```
///
/// Messages name ids and SQLite result codes, never a visitor's words.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as an extensible set of codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notFound = "not-found"
            case noOpenHandoff = "no-open-handoff"
            case conflict
            case unavailable
            case invalidData = "invalid-data"
            case failed
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The code's stable name, e.g. `not-found`.
        public var description: String { base.rawValue }

        /// The conversation, handoff, notification or staff member asked for does not exist (or
        /// was purged, or the staff member was revoked).
        public static let notFound = Code(.notFound)
        /// An operation needed an open handoff and the conversation has none.
        public static let noOpenHandoff = Code(.noOpenHandoff)
        /// The write would duplicate something that must be unique, such as a staff name.
        public static let conflict = Code(.conflict)
        /// The database cannot be opened, is locked for too long, is read-only, full, or failed
        /// an I/O operation. Worth retrying later; the server answers 503.
        public static let unavailable = Code(.unavailable)
        /// A stored value could not be decoded (for example a state column that is not JSON), or
        /// a value given to the store is malformed (for example a staff name with a space).
        public static let invalidData = Code(.invalidData)
        /// Any other database failure, such as a violated constraint: a bug, not a condition
        /// to retry.
        public static let failed = Code(.failed)
    }

    /// What went wrong.
    public let code: Code
    /// A sentence for logs and operators.
    public let message: String
    /// Where the error was thrown, as `#fileID`.
    public let file: String
    /// Where the error was thrown.
    public let line: Int

    /// Creates an error; prefer the static factories such as ``notFound(_:file:line:)``.
    public init(code: Code, message: String, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
    }

    /// `file:line: code: message`.
    public var description: String { "\(file):\(line): \(code): \(message)" }

    /// Errors are equal when their codes are.
    public static func == (a: Self, b: Self) -> Bool { a.code == b.code }
    /// Hashes the code only.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// The conversation, handoff, notification or staff member asked for does not exist.
    public static func notFound(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .notFound, message: message, file: file, line: line)
    }

    /// An operation needed an open handoff and the conversation has none.
    public static func noOpenHandoff(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .noOpenHandoff, message: message, file: file, line: line)
    }

    /// The write would duplicate something that must be unique.
    public static func conflict(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .conflict, message: message, file: file, line: line)
    }

    /// The database cannot be used right now.
    public static func unavailable(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .unavailable, message: message, file: file, line: line)
    }

    /// A stored value could not be decoded, or a value given to the store is malformed.
    public static func invalidData(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .invalidData, message: message, file: file, line: line)
    }

    /// Any other database failure.
    public static func failed(_ message: String, file: String = #fileID, line: Int = #line) -> Self {
        Self(code: .failed, message: message, file: file, line: line)
    }
}
