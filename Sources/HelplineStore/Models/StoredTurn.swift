public import Foundation
public import HelplineCore

/// One turn of a stored conversation, as staff read it in a transcript.
public struct StoredTurn: Sendable, Codable, Hashable {
    /// The row id.
    public var id: Int64
    /// The conversation the turn belongs to.
    public var conversationID: UUID
    /// The turn's number in its conversation, from 1.
    public var sequence: Int
    /// The visitor's message, verbatim. Never log it.
    public var message: String
    /// The text of the reply.
    public var replyText: String
    /// The intent answered.
    public var intent: String
    /// The plugin that chose the reply.
    public var plugin: String
    /// How sure the responder was, 0...1.
    public var confidence: Double
    /// How far the reply reached toward the helpline.
    public var escalation: Escalation
    /// The article quoted, by id, when the reply carried an excerpt.
    public var excerptArticle: String?
    /// When the message arrived.
    public var createdAt: Date

    /// Creates a stored turn.
    public init(
        id: Int64, conversationID: UUID, sequence: Int, message: String, replyText: String, intent: String,
        plugin: String, confidence: Double, escalation: Escalation, excerptArticle: String?, createdAt: Date
    ) {
        self.id = id
        self.conversationID = conversationID
        self.sequence = sequence
        self.message = message
        self.replyText = replyText
        self.intent = intent
        self.plugin = plugin
        self.confidence = confidence
        self.escalation = escalation
        self.excerptArticle = excerptArticle
        self.createdAt = createdAt
    }
}
