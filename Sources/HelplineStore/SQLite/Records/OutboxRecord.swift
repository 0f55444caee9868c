import Foundation
import GRDB

/// A row of `notificationOutbox`: a notification to staff, written in the same transaction as
/// the handoff it announces and delivered later by the notification worker.
struct OutboxRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "notificationOutbox"

    var id: Int64?
    var handoffId: String
    var event: String
    /// JSON text: a `HandoffNotification`.
    var payload: String
    var attempts: Int
    /// When the worker should try next; nil once delivered or given up.
    var nextAttemptAt: Date?
    var deliveredAt: Date?
    var lastError: String?
    var createdAt: Date

    enum Columns {
        static let id = Column("id")
        static let handoffId = Column("handoffId")
        static let nextAttemptAt = Column("nextAttemptAt")
        static let deliveredAt = Column("deliveredAt")
        static let createdAt = Column("createdAt")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
