import Foundation
import HelplineCore
import HelplineStore

/// `POST /api/v1/chat` request body.
struct ChatRequest: Decodable {
    var conversation: String?
    var message: String
}

/// `POST /api/v1/chat` response body, written by `json` (below).
struct ChatResponse {
    var conversation: String
    var reply: ReplyBody
    var handoff: HandoffBody?
    /// False when the store could not record the turn (the reply came from memory).
    var recorded: Bool
}

/// The reply as the API shows it: what a client renders, without the internal explanation.
struct ReplyBody {
    var text: String
    var excerpt: Excerpt?
    var intent: String
    var confidence: Double
    var escalation: String
    var suggestions: [Suggestion]
    var actions: [Action]
    var asksForCallback: Bool

    init(_ reply: Reply) {
        text = reply.text
        excerpt = reply.excerpt
        intent = reply.intent
        confidence = (reply.confidence * 1000).rounded() / 1000
        escalation = reply.escalation.rawValue
        suggestions = reply.suggestions
        actions = reply.actions
        asksForCallback = reply.asksForCallback
    }
}

/// A handoff as the visitor's client sees it.
struct HandoffBody: Encodable {
    var id: String
    var priority: String
    var status: String?

    init(id: String, priority: String, status: String?) {
        self.id = id
        self.priority = priority
        self.status = status
    }

    init(_ handoff: StoredHandoff, withStatus: Bool = false) {
        id = handoff.id.lowercasedString
        priority = handoff.priority.rawValue
        status = withStatus ? handoff.status.rawValue : nil
    }
}

/// `POST /api/v1/conversations/{id}/callback` request body.
struct CallbackRequest: Decodable {
    var name: String?
    var phone: String?
    var bestTime: String?
    var consent: Bool?
}

extension ChatResponse {
    /// The body, keys sorted; written by hand because `JSONEncoder` dominated the route's profile.
    var json: [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("conversation"); writer.string(conversation)
        writer.key("handoff")
        if let handoff {
            writer.beginObject()
            writer.key("id"); writer.string(handoff.id)
            writer.key("priority"); writer.string(handoff.priority)
            if let status = handoff.status { writer.key("status"); writer.string(status) }
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("recorded"); writer.bool(recorded)
        writer.key("reply"); reply.write(to: &writer)
        writer.endObject()
        return writer.bytes
    }
}

extension ReplyBody {
    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("actions")
        writer.beginArray()
        for action in actions {
            writer.beginObject()
            writer.key("label"); writer.string(action.label)
            writer.key("tel"); writer.string(action.tel)
            writer.key("type"); writer.string(action.type)
            writer.endObject()
        }
        writer.endArray()
        writer.key("asks_for_callback"); writer.bool(asksForCallback)
        writer.key("confidence"); writer.number(confidence)
        writer.key("escalation"); writer.string(escalation)
        writer.key("excerpt")
        if let excerpt {
            writer.beginObject()
            writer.key("article"); writer.string(excerpt.article)
            writer.key("quote"); writer.string(excerpt.quote)
            writer.key("title"); writer.string(excerpt.title)
            writer.key("url"); writer.string(excerpt.url)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("intent"); writer.string(intent)
        writer.key("suggestions")
        writer.beginArray()
        for suggestion in suggestions {
            writer.beginObject()
            writer.key("id"); writer.string(suggestion.id)
            writer.key("title"); writer.string(suggestion.title)
            writer.endObject()
        }
        writer.endArray()
        writer.key("text"); writer.string(text)
        writer.endObject()
    }
}
