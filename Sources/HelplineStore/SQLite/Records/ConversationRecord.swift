import Foundation
import GRDB
import HelplineCore

/// A row of `conversation`.
struct ConversationRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "conversation"

    /// The integer row turns refer to (the primary key since "v3"); nil before insertion.
    var key: Int64?
    /// Lower-case UUID text: the public id, unique.
    var id: String
    var createdAt: Date
    var updatedAt: Date
    /// Stored as JSON text.
    var state: ConversationState
    var turnCount: Int
    /// The highest `Escalation` raw value reached so far.
    var escalation: String

    enum Columns {
        static let id = Column("id")
        static let updatedAt = Column("updatedAt")
        static let escalation = Column("escalation")
    }
}
