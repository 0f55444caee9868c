public import Foundation
public import HelplineCore

/// Where a handoff stands in staff follow-up.
public enum HandoffStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting for staff.
    case open
    /// Staff reached the visitor; follow-up continues.
    case contacted
    /// Done.
    case closed
    /// Staff could not reach the visitor and stopped trying.
    case noContact = "no-contact"

    /// Open and contacted handoffs still need staff; retention keeps their conversations.
    public var isActive: Bool { self == .open || self == .contacted }
}

/// A stored request for staff to contact a visitor.
public struct StoredHandoff: Sendable, Codable, Hashable {
    /// The reason of a handoff opened by a call-back request rather than by a reply.
    public static let callbackReason = "call-back requested"

    /// How to reach the visitor, given with their consent.
    public struct Callback: Sendable, Codable, Hashable {
        /// The name the visitor gave, if any.
        public var name: String?
        /// The number to call, as the visitor typed it (the server validates it).
        public var phone: String
        /// When the visitor prefers to be called, in their words.
        public var bestTime: String?
        /// When the visitor agreed to be called back.
        public var consentAt: Date

        /// Creates call-back details.
        public init(name: String?, phone: String, bestTime: String?, consentAt: Date) {
            self.name = name
            self.phone = phone
            self.bestTime = bestTime
            self.consentAt = consentAt
        }
    }

    /// The handoff's id.
    public var id: UUID
    /// The conversation it came from.
    public var conversationID: UUID
    /// The turn whose reply opened the handoff; nil when a call-back request opened it.
    public var turnID: Int64?
    /// Why staff should follow up (the responder's words, never the visitor's).
    public var reason: String
    /// The intent of the reply that opened it.
    public var intent: String?
    /// Urgent for crises: staff are notified at once.
    public var priority: HandoffRequest.Priority
    /// Where staff follow-up stands.
    public var status: HandoffStatus
    /// The kind of crisis, for urgent handoffs.
    public var crisisCategory: CrisisCategory?
    /// Set once the visitor left a number.
    public var callback: Callback?
    /// Staff's note.
    public var note: String?
    /// The staff member who last changed it.
    public var updatedBy: String?
    /// When it was opened.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date

    /// Creates a stored handoff.
    public init(
        id: UUID, conversationID: UUID, turnID: Int64?, reason: String, intent: String?,
        priority: HandoffRequest.Priority, status: HandoffStatus, crisisCategory: CrisisCategory?,
        callback: Callback?, note: String?, updatedBy: String?, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.conversationID = conversationID
        self.turnID = turnID
        self.reason = reason
        self.intent = intent
        self.priority = priority
        self.status = status
        self.crisisCategory = crisisCategory
        self.callback = callback
        self.note = note
        self.updatedBy = updatedBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
