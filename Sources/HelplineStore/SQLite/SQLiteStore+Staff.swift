public import Foundation
import GRDB

extension SQLiteStore {
    /// Adds a staff account and returns its token: `hl_` and 64 lower-case hex digits (32 bytes
    /// from the system's secure random generator).
    ///
    /// The token is returned here and nowhere else: the store keeps only its SHA-256, so a
    /// lost token cannot be shown again; revoke the account and add another.
    ///
    /// - Parameters:
    ///   - name: 1–64 ASCII letters, digits, `.`, `_` or `-`. Names are unique without regard
    ///     to case, and never reused, even after revocation, so an audit entry's name always
    ///     means one account.
    ///   - date: When the account was added.
    /// - Throws: ``StoreError`` ``StoreError/Code/invalidData`` for a malformed name;
    ///   ``StoreError/Code/conflict`` when the name is taken.
    public func addStaff(name: String, at date: Date) async throws -> (member: StaffMember, token: String) {
        guard StaffCredentials.isValidName(name) else {
            // The rejected text is not quoted: it could be a token pasted in the wrong place.
            throw StoreError.invalidData("a staff name is 1 to 64 ASCII letters, digits, '.', '_' or '-'")
        }
        let token = StaffCredentials.makeToken()
        let tokenHash = StaffCredentials.hash(token)
        let member = try await write { db in
            if let existing = try StaffRecord.filter(StaffRecord.Columns.name == name).fetchOne(db) {
                if existing.revokedAt == nil {
                    throw StoreError.conflict("staff name '\(existing.name)' is taken")
                }
                throw StoreError.conflict(
                    "staff name '\(existing.name)' belonged to a revoked account; names are not reused, so the audit log names one account")
            }
            var record = StaffRecord(id: nil, name: name, tokenHash: tokenHash, createdAt: date, revokedAt: nil)
            try record.insert(db)
            return record.member()
        }
        return (member, token)
    }

    /// Every staff account, active and revoked, oldest first; never a token or its hash.
    public func listStaff() async throws -> [StaffMember] {
        try await read { db in
            try StaffRecord
                .order(StaffRecord.Columns.createdAt, Column.rowID)
                .fetchAll(db)
                .map { $0.member() }
        }
    }

    /// Revokes an account's token: from `date` on, ``authenticate(token:)`` no longer accepts
    /// it. The account stays listed, and its name stays taken.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when no active account has this
    ///   name (unknown, or already revoked).
    public func revokeStaff(name: String, at date: Date) async throws {
        try await write { db in
            guard var record = try StaffRecord
                .filter(StaffRecord.Columns.name == name)
                .filter(StaffRecord.Columns.revokedAt == nil)
                .fetchOne(db)
            else {
                let shown = StaffCredentials.isValidName(name) ? " '\(name)'" : ""
                throw StoreError.notFound("no active staff member\(shown)")
            }
            record.revokedAt = date
            try record.update(db)
        }
    }

    /// The active account a token belongs to, or nil for an unknown, malformed or revoked
    /// token. Looks the token's SHA-256 up; the token itself is never stored or compared.
    public func authenticate(token: String) async throws -> StaffMember? {
        guard token.hasPrefix(StaffCredentials.tokenPrefix) else { return nil }
        let tokenHash = StaffCredentials.hash(token)
        return try await read { db in
            try StaffRecord
                .filter(StaffRecord.Columns.tokenHash == tokenHash)
                .filter(StaffRecord.Columns.revokedAt == nil)
                .fetchOne(db)?
                .member()
        }
    }
}
