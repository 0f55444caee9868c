import Foundation
import HelplineCore
import HelplineStore
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The visitor's API: `POST /api/v1/chat`, `POST /api/v1/conversations/{id}/callback` and
/// `GET /api/v1/conversations/{id}/turns` (the visitor's own conversation, with its visitor key).
struct ChatController {
    let box: ResponderBox
    let store: any HelplineStore
    let writer: TurnWriter
    let limiter: RateLimiter
    let metrics: HelplineMetrics
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<HelplineRequestContext>) {
        group.post("chat", use: chat)
        group.post("conversations/{id}/callback", use: callback)
        group.get("conversations/{id}/turns", use: turns)
    }

    // MARK: Chat

    @Sendable func chat(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        let input = try ChatInput(body: try await request.bodyBytes(limit: configuration.maximumBodySize),
                                  maximumLength: configuration.maximumMessageLength)
        let message = input.message
        let responder = box.responder
        // The reply as the first message of a conversation: needed for the long-message and
        // rate-limit checks, a new conversation and the store-down path; computed once at most.
        var freshAnswer: (reply: Reply, state: ConversationState)?
        func fresh() -> (reply: Reply, state: ConversationState) {
            if let freshAnswer { return freshAnswer }
            let answer = responder.reply(to: message)
            freshAnswer = answer
            return answer
        }
        // A long message is refused, unless it describes a crisis: then it is answered like any other.
        // 400 like every other field check; 413 is for a body over the size limit.
        if input.isTooLong, fresh().reply.intent != Reply.BuiltIn.crisis {
            throw APIError.badRequest(
                "message_too_long", "The message is longer than \(configuration.maximumMessageLength) characters. Please shorten it.")
        }
        var conversation: UUID?
        if let id = input.conversation {
            guard let parsed = UUID(uuidString: id) else { throw APIError.notFound() }
            conversation = parsed
        }
        if let wait = limiter.acquire(context.clientKey(request, trustedProxies: Set(configuration.trustedProxies))) {
            // Over the limit: a crisis still gets its resources (and is recorded); anything else waits.
            guard fresh().reply.intent == Reply.BuiltIn.crisis else {
                var error = APIError(.tooManyRequests, code: "rate_limited",
                                     message: "You are sending messages very quickly. Please wait a moment, or call \(responder.knowledge.settings.helpline.display) to talk to a person.")
                error.headers[.retryAfter] = "\(max(1, Int(wait.components.seconds) + 1))"
                throw error
            }
        }
        do {
            // A new conversation's reply needs no stored state, so it is computed here, outside
            // the write transaction that all messages share.
            let respond: @Sendable (ConversationState) -> (Reply, ConversationState)
            if conversation == nil {
                let answer = fresh()
                respond = { _ in answer }
            } else {
                respond = { state in responder.reply(to: message, in: state) }
            }
            let turn = try await writer.submit(TurnRequest(conversation: conversation, message: message, date: Date(), responder: respond))
            log(turn.reply, conversation: turn.conversationID, handoff: turn.handoff?.id, context: context)
            metrics.reply(turn.reply)
            if let handoff = turn.handoff { metrics.handoffOpened(priority: handoff.priority) }
            return JSONResponse.make(bytes: ChatResponse(
                conversation: turn.conversationID.lowercasedString, reply: ReplyBody(turn.reply),
                handoff: turn.handoff.map { HandoffBody($0) }, recorded: true, visitorKey: turn.visitorKey).json)
        } catch let error as StoreError where error.code == .notFound {
            throw APIError.notFound()
        } catch let error as StoreError {
            // The store is down: the visitor still gets an answer, marked as not recorded.
            context.logger.error("store unavailable; reply served from memory", metadata: ["store.error": "\(error.code)"])
            metrics.reply(fresh().reply)
            let id = (conversation ?? UUID.random()).lowercasedString
            return JSONResponse.make(
                bytes: ChatResponse(conversation: id, reply: ReplyBody(fresh().reply), handoff: nil, recorded: false).json,
                status: .serviceUnavailable)
        }
    }

    // MARK: Call back

    // Swift 6.3's optimiser crashes (LLVM CoroSplit, signal 11) splitting this handler in a
    // release build; a call-back is rare, so it is compiled unoptimised rather than contorted.
    @_optimize(none)
    @Sendable func callback(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw APIError.notFound() }
        let body: CallbackRequest = try await request.decodeJSON(limit: configuration.maximumBodySize)
        guard body.consent == true else {
            throw APIError.badRequest("consent_required", "We can only call you back if you agree to be called. Nothing was stored.")
        }
        guard let phone = body.phone.flatMap(PhoneNumber.normalised) else {
            throw APIError.badRequest("invalid_phone", "Please give a phone number with 7 to 15 digits. Nothing was stored.")
        }
        let limit = CallbackRequest.maximumFieldLength
        guard (body.name?.schemaLength ?? 0) <= limit, (body.bestTime?.schemaLength ?? 0) <= limit else {
            throw APIError.badRequest("field_too_long", "Name and best time must each be at most \(limit) characters. Nothing was stored.")
        }
        let name = body.name?.trimmingCharacters(in: .whitespacesAndNewlines)
        let bestTime = body.bestTime?.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            let handoff = try await store.recordCallback(
                conversation: id, name: name?.isEmpty == true ? nil : name, phone: phone,
                bestTime: bestTime?.isEmpty == true ? nil : bestTime, at: Date())
            context.logger.info("call-back recorded", metadata: ["conversation.id": "\(id.lowercasedString)", "handoff.id": "\(handoff.id.lowercasedString)"])
            struct Body: Encodable { var handoff: HandoffBody }
            return try JSONResponse.make(Body(handoff: HandoffBody(handoff, withStatus: true)))
        } catch let error as StoreError where error.code == .notFound {
            throw APIError.notFound()
        } catch is StoreError {
            throw APIError(.serviceUnavailable, code: "store_unavailable",
                           message: "We could not save your number just now. Please call \(box.responder.knowledge.settings.helpline.display).")
        }
    }

    // MARK: The visitor's own turns

    /// The conversation as its visitor saw it, for the chat page after a reload. Needs the visitor
    /// key from the conversation's first reply in the `Helpline-Visitor-Key` header: without it,
    /// with a wrong one, for an unknown id or one that is not a UUID, the answer is the same 404,
    /// so an id alone neither opens a transcript nor tells whether it exists. Not audited (it is
    /// the visitor reading its own words, not staff reading someone's) and not logged beyond
    /// the id.
    static let visitorKeyField = HTTPField.Name(VisitorTurnsResponse.keyHeader)!

    @Sendable func turns(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        // A missing key is the client's mistake, told before the id is looked at; a wrong one
        // is the same 404 as an unknown id.
        guard let key = request.headers[Self.visitorKeyField], !key.isEmpty else {
            throw APIError.badRequest(
                "visitor_key_required", "This conversation can be shown again only in the browser tab it was started in.")
        }
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw APIError.notFound() }
        do {
            let stored = try await store.visitorTurns(of: id, key: key)
            let body = VisitorTurnsResponse(conversation: id, turns: stored, knowledge: box.responder.knowledge)
            return JSONResponse.make(bytes: body.json)
        } catch let error as StoreError where error.code == .notFound {
            throw APIError.notFound()
        } catch is StoreError {
            throw APIError(.serviceUnavailable, code: "store_unavailable",
                           message: "We could not load this conversation just now. To talk to a person, call \(box.responder.knowledge.settings.helpline.display).")
        }
    }

    // MARK: Helpers

    /// Ids, intents and timings only: a visitor's words never reach the logs.
    private func log(_ reply: Reply, conversation: UUID, handoff: UUID?, context: HelplineRequestContext) {
        // Built only when a line is written: most replies are logged at debug.
        func metadata() -> Logger.Metadata {
            var metadata: Logger.Metadata = [
                "conversation.id": "\(conversation.lowercasedString)", "intent.id": "\(reply.intent)",
                "reply.plugin": "\(reply.explanation.plugin)", "reply.escalation": "\(reply.escalation.rawValue)",
            ]
            if let handoff { metadata["handoff.id"] = "\(handoff.lowercasedString)" }
            return metadata
        }
        if reply.escalation == .emergency {
            context.logger.warning("crisis reply given; urgent handoff opened", metadata: metadata())
        } else if handoff != nil {
            context.logger.info("handoff opened", metadata: metadata())
        } else {
            // Every message: debug, so a busy service does not spend its time writing logs.
            context.logger.debug("reply", metadata: metadata())
        }
    }
}
