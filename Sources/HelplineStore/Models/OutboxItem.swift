public import Foundation

/// A notification waiting in (or delivered from) the outbox, for the notification worker.
public struct OutboxItem: Sendable, Codable, Hashable {
    /// Event names.
    public enum Event {
        /// A handoff was opened; ``OutboxItem/payload`` is a ``HandoffNotification``.
        public static let handoffOpened = "handoff.opened"
        /// A visitor left call-back details on a handoff that was already open.
        public static let callbackRecorded = "handoff.callback"
    }

    /// The row id.
    public var id: Int64
    /// The handoff the notification is about.
    public var handoffID: UUID
    /// What happened, one of ``Event``.
    public var event: String
    /// JSON text of a ``HandoffNotification``: ids, reason and priority, never a visitor's words.
    public var payload: String
    /// Delivery attempts so far.
    public var attempts: Int
    /// When the worker should try next; nil once delivered or given up.
    public var nextAttemptAt: Date?
    /// When delivery succeeded; nil until then.
    public var deliveredAt: Date?
    /// The error of the last failed attempt.
    public var lastError: String?
    /// When it was queued (with its handoff).
    public var createdAt: Date

    /// Creates an outbox item.
    public init(
        id: Int64, handoffID: UUID, event: String, payload: String, attempts: Int, nextAttemptAt: Date?,
        deliveredAt: Date?, lastError: String?, createdAt: Date
    ) {
        self.id = id
        self.handoffID = handoffID
        self.event = event
        self.payload = payload
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.deliveredAt = deliveredAt
        self.lastError = lastError
        self.createdAt = createdAt
    }
}

/// One try at delivering an outbox notification.
public struct DeliveryAttempt: Sendable, Codable, Hashable {
    /// The row id.
    public var id: Int64
    /// The notification tried.
    public var outboxID: Int64
    /// When the attempt was made.
    public var attemptedAt: Date
    /// Whether the receiver accepted it.
    public var succeeded: Bool
    /// The HTTP status, when the receiver answered.
    public var statusCode: Int?
    /// What went wrong, when it failed.
    public var error: String?

    /// Creates a delivery attempt.
    public init(id: Int64, outboxID: Int64, attemptedAt: Date, succeeded: Bool, statusCode: Int?, error: String?) {
        self.id = id
        self.outboxID = outboxID
        self.attemptedAt = attemptedAt
        self.succeeded = succeeded
        self.statusCode = statusCode
        self.error = error
    }
}
