import Foundation
import GRDB

/// A row of `staff`: a staff account and the hash of its token.
struct StaffRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "staff"

    var id: Int64?
    /// Unique, compared without regard to case.
    var name: String
    /// Lower-case hex SHA-256 of the token; the token itself is never stored.
    var tokenHash: String
    var createdAt: Date
    var revokedAt: Date?

    enum Columns {
        static let name = Column("name")
        static let tokenHash = Column("tokenHash")
        static let createdAt = Column("createdAt")
        static let revokedAt = Column("revokedAt")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
