public import Foundation
public import HelplineCore

/// What ``HelplineStore/respond(conversation:message:at:using:)`` recorded: the turn's place
/// in its conversation, the reply to send, and the handoff it opened, if any.
public struct RecordedTurn: Sendable {
    /// The conversation the turn belongs to; new when the caller passed no id.
    public var conversationID: UUID
    /// The turn's number in its conversation, from 1.
    public var sequence: Int
    /// The responder's reply, as given.
    public var reply: Reply
    /// The conversation state after this turn.
    public var state: ConversationState
    /// The handoff opened by this turn, when the reply asked for one.
    public var handoff: StoredHandoff?
    /// The conversation's visitor key, on the turn that started the conversation only: the
    /// secret ``HelplineStore/visitorTurns(of:key:)`` asks for. The store keeps only its hash, so
    /// this is the one time it can be given out.
    public var visitorKey: String?

    /// Creates a recorded turn.
    public init(
        conversationID: UUID, sequence: Int, reply: Reply, state: ConversationState, handoff: StoredHandoff?,
        visitorKey: String? = nil
    ) {
        self.conversationID = conversationID
        self.sequence = sequence
        self.reply = reply
        self.state = state
        self.handoff = handoff
        self.visitorKey = visitorKey
    }
}
