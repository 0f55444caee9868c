import Foundation
import GRDB

/// A row of `deliveryAttempt`: one try at delivering an outbox notification.
struct DeliveryAttemptRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "deliveryAttempt"

    var id: Int64?
    var outboxId: Int64
    var attemptedAt: Date
    var succeeded: Bool
    var statusCode: Int?
    var error: String?

    enum Columns {
        static let outboxId = Column("outboxId")
        static let attemptedAt = Column("attemptedAt")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
