public import Foundation
public import HelplineCore

/// A line of the transcript list: how long and how far a conversation went, and whether staff
/// still owe it a call. No message text.
public struct ConversationSummary: Sendable, Codable, Hashable {
    /// The conversation's id.
    public var id: UUID
    /// When its first message arrived.
    public var createdAt: Date
    /// When it last changed (a turn, a call-back).
    public var updatedAt: Date
    /// Turns so far.
    public var turnCount: Int
    /// The highest escalation any reply reached.
    public var escalation: Escalation
    /// Its handoffs still waiting for staff (open or contacted).
    public var openHandoffs: Int

    /// Creates a summary.
    public init(
        id: UUID, createdAt: Date, updatedAt: Date, turnCount: Int, escalation: Escalation, openHandoffs: Int
    ) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.turnCount = turnCount
        self.escalation = escalation
        self.openHandoffs = openHandoffs
    }
}
