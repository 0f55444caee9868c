import Foundation
import HelplineCore
import HelplineStore

/// `GET /api/v1/conversations/{id}/turns`: the conversation as the visitor saw it, for the chat
/// page to show again after a reload. Written by `json` (below), in the chat reply's shape.
struct VisitorTurnsResponse {
    /// One turn: what the visitor sent, and the reply as the page renders it.
    struct Turn {
        var sequence: Int
        var message: String
        var reply: ReplyBody
        var createdAt: Date
    }

    var conversation: String
    var turns: [Turn]

    /// The header that carries the visitor key.
    static let keyHeader = "Helpline-Visitor-Key"

    /// A stored turn's reply, rebuilt in the chat reply's shape from what the store keeps: the
    /// text, intent and escalation as given; the article quote the intent gives now, when the
    /// turn quoted that article; the helpline as a call button, as every reply but small talk has
    /// it. No suggestions (old buttons must not send old questions) and no call-back question
    /// (the page offers the form only for a live reply).
    init(conversation: UUID, turns stored: [StoredTurn], knowledge: KnowledgeBase) {
        self.conversation = conversation.lowercasedString
        turns = stored.map { turn in
            let intent = knowledge.intents[turn.intent]
            var excerpt: Excerpt?
            if let article = turn.excerptArticle, let quoted = intent?.excerpt, quoted.article == article { excerpt = quoted }
            let smallTalk = intent?.category == .smalltalk
            // A crisis reply's own numbers (911, 988, Poison Help) are in its text, where the page
            // finds them and makes them its big call buttons.
            let actions: [Action] = smallTalk ? [] : [.call(knowledge.settings.helpline)]
            let reply = ReplyBody(
                text: turn.replyText, excerpt: excerpt, intent: turn.intent,
                confidence: (turn.confidence * 1000).rounded() / 1000, escalation: turn.escalation.rawValue,
                suggestions: [], actions: actions, asksForCallback: false)
            return Turn(sequence: turn.sequence, message: turn.message, reply: reply, createdAt: turn.createdAt)
        }
    }

    var json: [UInt8] {
        let dates = ISO8601DateFormatter()
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("conversation"); writer.string(conversation)
        writer.key("turns")
        writer.beginArray()
        for turn in turns {
            writer.beginObject()
            writer.key("created_at"); writer.string(dates.string(from: turn.createdAt))
            writer.key("message"); writer.string(turn.message)
            writer.key("reply"); turn.reply.write(to: &writer)
            writer.key("sequence"); writer.integer(turn.sequence)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.bytes
    }
}
