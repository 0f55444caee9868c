/// What a retention purge deleted, and what it kept.
public struct PurgeResult: Sendable, Codable, Hashable {
    /// Conversations deleted.
    public var conversations: Int
    /// Turns deleted with them.
    public var turns: Int
    /// Closed and no-contact handoffs deleted with them.
    public var handoffs: Int
    /// Outbox notifications deleted with those handoffs.
    public var notifications: Int
    /// Delivery attempts deleted with those notifications.
    public var deliveryAttempts: Int
    /// Conversations old enough to purge but kept because a handoff is still open or contacted.
    public var keptForActiveHandoffs: Int

    /// Creates a result.
    public init(
        conversations: Int = 0, turns: Int = 0, handoffs: Int = 0, notifications: Int = 0, deliveryAttempts: Int = 0,
        keptForActiveHandoffs: Int = 0
    ) {
        self.conversations = conversations
        self.turns = turns
        self.handoffs = handoffs
        self.notifications = notifications
        self.deliveryAttempts = deliveryAttempts
        self.keptForActiveHandoffs = keptForActiveHandoffs
    }
}
