public import Foundation
import PostgresNIO

extension PostgresStore {
    /// Appends an entry to the audit log, in its own transaction: who read or changed what,
    /// and when. The log is append-only: no method changes or deletes an entry, a trigger makes
    /// the server refuse `UPDATE`, `DELETE` and `TRUNCATE`, and ``purge(olderThan:)`` leaves
    /// it whole.
    ///
    /// - Parameters:
    ///   - staff: Who did it (a staff name, or the tool acting for staff); not empty.
    ///   - action: What was done, e.g. `transcript.read`; not empty.
    ///   - targets: The ids concerned (conversations, handoffs, staff names), kept as a JSON array.
    ///   - detail: More about it, in staff's or the program's words; never a visitor's.
    ///   - date: When it happened.
    /// - Throws: ``StoreError`` ``StoreError/Code/invalidData`` when `staff` or `action` is empty.
    public func recordAudit(staff: String, action: String, targets: [String], detail: String?, at date: Date)
        async throws
    {
        guard !staff.isEmpty, !action.isEmpty else {
            throw StoreError.invalidData("an audit entry needs a staff name and an action")
        }
        let targetsJSON = String(decoding: try JSONEncoder().encode(targets.map(\.postgresSafe)), as: UTF8.self)
        let logger = self.logger
        try await write { connection in
            try await connection.run(
                """
                INSERT INTO audit_log (at, staff, action, targets, detail)
                VALUES (\(date.postgres), \(staff.postgresSafe), \(action.postgresSafe), \(targetsJSON)::jsonb,
                    \(detail?.postgresSafe))
                """, logger)
        }
    }

    /// The most recent audit entries, newest first, at most `limit`; only `staff`'s when given
    /// (the name as recorded, compared exactly).
    public func auditLog(limit: Int, staff: String?) async throws -> [AuditEntry] {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT id, at, staff, action, targets::text AS targets, detail FROM audit_log
                WHERE (\(staff)::text IS NULL OR staff = \(staff))
                ORDER BY at DESC, id DESC
                LIMIT \(max(limit, 0))
                """, logger
            ).map { row in
                let column = PostgresColumns(row)
                let targets: String = try column("targets")
                return AuditEntry(
                    id: try column("id"), at: try column.date("at"), staff: try column("staff"), action: try column("action"),
                    targets: try JSONDecoder().decode([String].self, from: Data(targets.utf8)), detail: try column("detail"))
            }
        }
    }
}
