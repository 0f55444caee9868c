public import Foundation
public import HelplineCore

/// A stored conversation's summary: its state and how far it escalated.
public struct StoredConversation: Sendable, Codable, Hashable {
    /// The conversation's id.
    public var id: UUID
    /// When its first message arrived.
    public var createdAt: Date
    /// When it last changed (a turn, a call-back); retention counts from here.
    public var updatedAt: Date
    /// The responder's memory after the last turn.
    public var state: ConversationState
    /// Turns so far.
    public var turnCount: Int
    /// The highest escalation any reply reached.
    public var escalation: Escalation

    /// Creates a stored conversation.
    public init(
        id: UUID, createdAt: Date, updatedAt: Date, state: ConversationState, turnCount: Int, escalation: Escalation
    ) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.state = state
        self.turnCount = turnCount
        self.escalation = escalation
    }
}
