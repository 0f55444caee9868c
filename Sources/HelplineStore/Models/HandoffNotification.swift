public import Foundation
public import HelplineCore

/// The payload of a handoff notification: enough for staff to open the handoff, nothing a
/// visitor wrote (no message text, no name or phone number).
public struct HandoffNotification: Sendable, Codable, Hashable {
    /// The handoff to open.
    public var handoffId: UUID
    /// Its conversation, for the transcript.
    public var conversationId: UUID
    /// Why staff should follow up (the responder's words).
    public var reason: String
    /// Urgent for crises.
    public var priority: HandoffRequest.Priority
    /// The kind of crisis, for urgent handoffs.
    public var crisisCategory: CrisisCategory?
    /// The intent of the reply that opened the handoff.
    public var intent: String?

    /// Creates a payload.
    public init(
        handoffId: UUID, conversationId: UUID, reason: String, priority: HandoffRequest.Priority,
        crisisCategory: CrisisCategory?, intent: String?
    ) {
        self.handoffId = handoffId
        self.conversationId = conversationId
        self.reason = reason
        self.priority = priority
        self.crisisCategory = crisisCategory
        self.intent = intent
    }
}
