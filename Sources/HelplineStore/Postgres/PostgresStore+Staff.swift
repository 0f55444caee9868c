public import Foundation
import PostgresNIO

extension PostgresStore {
    /// Adds a staff account and returns its token: `hl_` and 64 lower-case hex digits (32 bytes
    /// from the system's secure random generator). The store keeps only its SHA-256.
    ///
    /// - Parameters:
    ///   - name: 1–64 ASCII letters, digits, `.`, `_` or `-`. Names are unique without regard
    ///     to case (a unique index on `lower(name)`, so two instances adding one name at once
    ///     cannot both succeed), and never reused, even after revocation.
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
        let logger = self.logger
        let member = try await write { connection in
            if let existing = try await connection.rows(
                "SELECT name, revoked_at FROM staff WHERE lower(name) = lower(\(name))", logger
            ).first {
                let (existingName, revokedAt) = try existing.decode((String, PostgresTimestamp?).self)
                if revokedAt == nil {
                    throw StoreError.conflict("staff name '\(existingName)' is taken")
                }
                throw StoreError.conflict(
                    "staff name '\(existingName)' belonged to a revoked account; names are not reused, so the audit log names one account")
            }
            do {
                try await connection.run(
                    """
                    INSERT INTO staff (name, token_hash, created_at) VALUES (\(name), \(tokenHash), \(date.postgres))
                    """, logger)
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
                // Another instance added the same name since the check above.
                throw StoreError.conflict("staff name '\(name)' is taken")
            }
            return StaffMember(name: name, createdAt: date, revokedAt: nil)
        }
        return (member, token)
    }

    /// Every staff account, active and revoked, oldest first; never a token or its hash.
    public func listStaff() async throws -> [StaffMember] {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows("SELECT name, created_at, revoked_at FROM staff ORDER BY created_at, id", logger)
                .map(Self.staffMember)
        }
    }

    /// Revokes an account's token: from `date` on, ``authenticate(token:)`` no longer accepts
    /// it. The account stays listed, and its name stays taken.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when no active account has this
    ///   name (unknown, or already revoked).
    public func revokeStaff(name: String, at date: Date) async throws {
        // Stored names are ASCII, so a name that is not a valid one names nobody; refusing it
        // here also keeps lower() from folding non-ASCII letters SQLite's NOCASE would not.
        guard StaffCredentials.isValidName(name) else {
            throw StoreError.notFound("no active staff member")
        }
        let logger = self.logger
        try await write { connection in
            let revoked = try await connection.rows(
                """
                UPDATE staff SET revoked_at = \(date.postgres)
                WHERE lower(name) = lower(\(name)) AND revoked_at IS NULL
                RETURNING id
                """, logger)
            guard !revoked.isEmpty else {
                throw StoreError.notFound("no active staff member '\(name)'")
            }
        }
    }

    /// The active account a token belongs to, or nil for an unknown, malformed or revoked
    /// token. Looks the token's SHA-256 up; the token itself is never stored or compared.
    public func authenticate(token: String) async throws -> StaffMember? {
        guard token.hasPrefix(StaffCredentials.tokenPrefix) else { return nil }
        let tokenHash = StaffCredentials.hash(token)
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                "SELECT name, created_at, revoked_at FROM staff WHERE token_hash = \(tokenHash) AND revoked_at IS NULL", logger
            ).first.map(Self.staffMember)
        }
    }
}
