import Foundation
import HelplineCore
import HelplineStore

/// A handoff as the staff API shows it.
struct HandoffJSON: Encodable {
    struct Callback: Encodable {
        var name: String?
        var phone: String
        var bestTime: String?
        var consentAt: Date

        enum CodingKeys: String, CodingKey {
            case name, phone
            case bestTime = "best_time"
            case consentAt = "consent_at"
        }
    }

    var id: String
    var conversation: String
    var reason: String
    var intent: String?
    var priority: String
    var status: String
    var crisisCategory: String?
    var note: String?
    var updatedBy: String?
    var createdAt: Date
    var updatedAt: Date
    var callback: Callback?

    init(_ handoff: StoredHandoff) {
        id = handoff.id.lowercasedString
        conversation = handoff.conversationID.lowercasedString
        reason = handoff.reason
        intent = handoff.intent
        priority = handoff.priority.rawValue
        status = handoff.status.rawValue
        crisisCategory = handoff.crisisCategory?.rawValue
        note = handoff.note
        updatedBy = handoff.updatedBy
        createdAt = handoff.createdAt
        updatedAt = handoff.updatedAt
        callback = handoff.callback.map { Callback(name: $0.name, phone: $0.phone, bestTime: $0.bestTime, consentAt: $0.consentAt) }
    }

    enum CodingKeys: String, CodingKey {
        case id, conversation, reason, intent, priority, status, note, callback
        case crisisCategory = "crisis_category", updatedBy = "updated_by", createdAt = "created_at", updatedAt = "updated_at"
    }

    // Optional fields appear as null, so clients can rely on every key.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(conversation, forKey: .conversation)
        try container.encode(reason, forKey: .reason)
        try container.encode(intent, forKey: .intent)
        try container.encode(priority, forKey: .priority)
        try container.encode(status, forKey: .status)
        try container.encode(crisisCategory, forKey: .crisisCategory)
        try container.encode(note, forKey: .note)
        try container.encode(updatedBy, forKey: .updatedBy)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(callback, forKey: .callback)
    }
}

/// One turn of a transcript.
struct TurnJSON: Encodable {
    var sequence: Int
    var message: String
    var reply: String
    var intent: String
    var plugin: String
    var confidence: Double
    var escalation: String
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case sequence, message, reply, intent, plugin, confidence, escalation
        case createdAt = "created_at"
    }

    init(_ turn: StoredTurn) {
        sequence = turn.sequence
        message = turn.message
        reply = turn.replyText
        intent = turn.intent
        plugin = turn.plugin
        confidence = (turn.confidence * 1000).rounded() / 1000
        escalation = turn.escalation.rawValue
        createdAt = turn.createdAt
    }
}

/// `GET /api/v1/conversations/{id}`.
struct TranscriptJSON: Encodable {
    struct Conversation: Encodable {
        var id: String
        var createdAt: Date
        var updatedAt: Date
        var turnCount: Int
        var escalation: String

        enum CodingKeys: String, CodingKey {
            case id, escalation
            case createdAt = "created_at", updatedAt = "updated_at", turnCount = "turn_count"
        }
    }

    var conversation: Conversation
    var turns: [TurnJSON]
    var handoffs: [HandoffJSON]
}

/// `PATCH /api/v1/handoffs/{id}` body.
struct HandoffUpdate: Decodable {
    var status: String?
    var note: String?
}
