public import Foundation

/// A staff account, as listed: never its token or the token's hash.
public struct StaffMember: Sendable, Codable, Hashable {
    /// The name staff sign in as and the audit log records: 1–64 ASCII letters, digits, `.`,
    /// `_` or `-`, unique without regard to case.
    public var name: String
    /// When the account was added.
    public var createdAt: Date
    /// When its token was revoked; nil while it is active.
    public var revokedAt: Date?

    /// Whether the account's token still authenticates.
    public var isActive: Bool { revokedAt == nil }

    /// Creates a staff member.
    public init(name: String, createdAt: Date, revokedAt: Date?) {
        self.name = name
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
