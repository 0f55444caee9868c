import Foundation
import GRDB

/// A row of `turn`: one visitor message and the reply it got.
struct TurnRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "turn"

    var id: Int64?
    var conversationId: String
    /// 1 for the first turn of a conversation, then 2, 3…
    var sequence: Int
    var message: String
    var replyText: String
    var intent: String
    var plugin: String
    var confidence: Double
    var escalation: String
    var excerptArticle: String?
    var createdAt: Date

    enum Columns {
        static let conversationId = Column("conversationId")
        static let sequence = Column("sequence")
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
