import Foundation
import GRDB

/// A row of `auditLog`: one thing a staff member read or changed. Append-only.
struct AuditRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "auditLog"

    var id: Int64?
    var at: Date
    var staff: String
    var action: String
    /// Stored as a JSON array of ids.
    var targets: [String]
    var detail: String?

    enum Columns {
        static let id = Column("id")
        static let at = Column("at")
        static let staff = Column("staff")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
