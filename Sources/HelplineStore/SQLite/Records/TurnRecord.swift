import Foundation
import GRDB

/// A row of `turn`, one visitor message and the reply it got, read with its conversation's id
/// (`turn` holds the conversation's integer key; queries join `conversation.id AS conversationId`).
/// Turns are written by ``SQLiteStore/record(_:_:)`` with cached statements, never through this.
struct TurnRecord: Decodable, Sendable, FetchableRecord {
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
}
