public import Foundation
import GRDB

extension SQLiteStore {
    /// Appends an entry to the audit log, in its own write transaction: who read or changed
    /// what, and when. The log is append-only: no method changes or deletes an entry, the
    /// database refuses to, and ``purge(olderThan:)`` leaves it whole.
    ///
    /// - Parameters:
    ///   - staff: Who did it (a staff name, or the tool acting for staff); not empty.
    ///   - action: What was done, e.g. `transcript.read`; not empty.
    ///   - targets: The ids concerned (conversations, handoffs, staff names).
    ///   - detail: More about it, in staff's or the program's words; never a visitor's.
    ///   - date: When it happened.
    /// - Throws: ``StoreError`` ``StoreError/Code/invalidData`` when `staff` or `action` is empty.
    public func recordAudit(staff: String, action: String, targets: [String], detail: String?, at date: Date)
        async throws
    {
        guard !staff.isEmpty, !action.isEmpty else {
            throw StoreError.invalidData("an audit entry needs a staff name and an action")
        }
        try await write { db in
            var record = AuditRecord(id: nil, at: date, staff: staff, action: action, targets: targets, detail: detail)
            try record.insert(db)
        }
    }

    /// The most recent audit entries, newest first, at most `limit`; only `staff`'s when given
    /// (the name as recorded, compared exactly).
    public func auditLog(limit: Int, staff: String?) async throws -> [AuditEntry] {
        try await read { db in
            var request = AuditRecord.all()
            if let staff {
                request = request.filter(AuditRecord.Columns.staff == staff)
            }
            return try request
                .order(AuditRecord.Columns.at.desc, AuditRecord.Columns.id.desc)
                .limit(max(limit, 0))
                .fetchAll(db)
                .map { $0.entry() }
        }
    }
}
