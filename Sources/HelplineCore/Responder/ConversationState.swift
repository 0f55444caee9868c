/// What the responder remembers between turns of one conversation.
public struct ConversationState: Sendable, Codable, Hashable {
    /// The intent of the last reply, for follow-ups.
    public var lastIntent: String?
    /// The last reply asked "would you like a call back?".
    public var awaitingCallbackAnswer: Bool
    /// Fallbacks in a row, so the second one can offer a call back.
    public var consecutiveFallbacks: Int
    /// Turns so far.
    public var turns: Int
    /// A call-back number the visitor typed, asked back ("Shall we call …?") and waiting for a
    /// yes: kept for the next message only, stored on the handoff only with that yes.
    public var pendingCallbackPhone: String?

    public init(
        lastIntent: String? = nil, awaitingCallbackAnswer: Bool = false, consecutiveFallbacks: Int = 0, turns: Int = 0,
        pendingCallbackPhone: String? = nil
    ) {
        self.pendingCallbackPhone = pendingCallbackPhone
        self.lastIntent = lastIntent
        self.awaitingCallbackAnswer = awaitingCallbackAnswer
        self.consecutiveFallbacks = consecutiveFallbacks
        self.turns = turns
    }

    /// The state after `reply` was given.
    public func after(_ reply: Reply) -> ConversationState {
        ConversationState(
            lastIntent: reply.intent,
            awaitingCallbackAnswer: reply.asksForCallback,
            consecutiveFallbacks: reply.intent == Reply.BuiltIn.fallback ? consecutiveFallbacks + 1 : 0,
            turns: turns + 1,
            pendingCallbackPhone: reply.callback?.consented == false ? reply.callback?.phone : nil)
    }
}
