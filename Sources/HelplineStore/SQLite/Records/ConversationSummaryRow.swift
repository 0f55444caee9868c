import Foundation
import GRDB

/// A row of the transcript-list query: a conversation without its state, and how many of its
/// handoffs are still active.
struct ConversationSummaryRow: Decodable, Sendable, FetchableRecord {
    /// Lower-case UUID text.
    var id: String
    var createdAt: Date
    var updatedAt: Date
    var turnCount: Int
    /// `Escalation` raw value.
    var escalation: String
    var openHandoffs: Int
}
