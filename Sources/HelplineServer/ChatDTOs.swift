import Foundation
import HelplineCore
import HelplineStore

/// `POST /api/v1/chat` request body.
package struct ChatRequest: Decodable {
    var conversation: String?
    var message: String
}

/// A chat request as the route reads it: decoded, trimmed and measured, as far as it can be
/// checked without the responder.
package struct ChatInput {
    /// The conversation id as sent; `nil` (absent or null) on a first message.
    package var conversation: String?
    /// The message without leading and trailing white space; never empty.
    package var message: String
    /// Longer than the limit as sent. Refused, unless the message reads as a crisis.
    package var isTooLong: Bool

    /// - Throws: 400 `invalid_utf8`, `malformed_json` or `empty_message`.
    package init(body bytes: [UInt8], maximumLength: Int) throws(APIError) {
        let body: ChatRequest = try JSONBody.decode(bytes)
        message = body.message.trimmingWhitespace
        guard !message.isEmpty else { throw APIError.badRequest("empty_message", "The message is empty. Type a question and send it again.") }
        conversation = body.conversation
        isTooLong = body.message.schemaLength > maximumLength
    }
}

/// `POST /api/v1/chat` response body, written by `json` (below).
struct ChatResponse {
    var conversation: String
    var reply: ReplyBody
    var handoff: HandoffBody?
    /// False when the store could not record the turn (the reply came from memory).
    var recorded: Bool
    /// The conversation's visitor key, on the reply that started it only (see `GET
    /// /api/v1/conversations/{id}/turns`).
    var visitorKey: String? = nil
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
}

// In an extension, so the memberwise initialiser stays.
extension ReplyBody {
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
package struct CallbackRequest: Decodable {
    package var name: String?
    package var phone: String?
    package var bestTime: String?
    package var consent: Bool?

    /// The longest `name` and `best_time`, in code points as sent (the contract's `maxLength`).
    package static let maximumFieldLength = 100
}

/// A call-back number as the API accepts it. `CallbackRequest.phone` in `openapi/helpline-v1.yaml`
/// spells the same rule as `pattern`, `minLength` and `maxLength`; keep the two together.
package enum PhoneNumber {
    /// The longest number accepted as sent, separators included (the form's `maxlength`).
    package static let maximumLength = 30
    /// Dropped wherever they are: spaces, tabs, dots, dashes and brackets.
    static let separators: Set<Unicode.Scalar> = [" ", "\t", ".", "-", "(", ")"]

    /// The number without separators: an optional leading `+` and 7 to 15 ASCII digits; `nil`
    /// for anything else. Read scalar by scalar, as the contract's pattern reads it.
    package static func normalised(_ text: String) -> String? {
        guard text.schemaLength <= maximumLength else { return nil }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !separators.contains($0) })
        let digits = kept.first == "+" ? kept.dropFirst() : kept[...]
        guard (7...15).contains(digits.count), digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return String(kept)
    }
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
        if let visitorKey { writer.key("visitor_key"); writer.string(visitorKey) }
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
