/// Understands short answers to the responder's own question "would you like a call back?":
/// yes opens a handoff (as `talk-to-person`), no is acknowledged. And a phone number typed after
/// the call-back offer or a reply that asks for one ("my number is 555 201 3344"): it is asked
/// back ("Shall we call 555-201-3344?"), and the visitor's yes stores it on the handoff with the
/// consent, as the call-back form does; no (or anything else) forgets it.
public struct FollowUpPlugin: ResponderPlugin {
    public static let name = "follow-up"
    public var name: String { Self.name }
    public var tier: Tier { .followUp }

    /// The intent whose answer a "yes" gets; it should have `escalation: handoff`.
    static let acceptIntent = "talk-to-person"

    static let yes: Set<String> = [
        "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "y", "definitely", "absolutely", "alright",
        "call", "me", "that", "would", "be", "great", "good", "thanks", "thank", "you", "go", "ahead", "do", "it", "id", "i",
        "like", "love", "want", "can", "someone", "back",
    ]
    static let no: Set<String> = [
        "no", "nope", "nah", "not", "now", "thanks", "thank", "you", "maybe", "later", "im", "i", "am", "good", "fine",
        "ok", "okay", "do", "dont", "don't", "need", "to", "right", "just", "looking", "it", "is", "that", "all",
    ]

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        let words = message.analyzed.words
        if let proposal = callbackNumber(message, words: words, context: context) { return [proposal] }
        guard context.state.awaitingCallbackAnswer else { return [] }
        guard !words.isEmpty, words.count <= 8 else { return [] }
        let knowledge = context.knowledge
        let negative = Self.isNegative(words)
        let affirmative = !negative && Self.isAffirmative(words)
        if affirmative, let intent = knowledge.intents[Self.acceptIntent] {
            let explanation = Explanation(plugin: name, matched: "yes to the call-back offer", score: 1)
            return [Proposal(tier: .followUp, score: 1, reply: context.composer.answer(intent, score: 1, explanation: explanation))]
        }
        if negative {
            let reply = context.composer.message(
                knowledge.settings.message("callback_declined"), intent: Reply.BuiltIn.callbackDeclined, score: 1,
                escalation: .none, suggestions: context.composer.suggestions(ids: ["capabilities"]),
                explanation: Explanation(plugin: name, matched: "no to the call-back offer", score: 1))
            return [Proposal(tier: .followUp, score: 1, reply: reply)]
        }
        return []
    }

    static func isNegative(_ words: [String]) -> Bool {
        words.contains { ["no", "nope", "nah", "later", "not"].contains($0) } && words.allSatisfy(Self.no.contains)
    }

    static func isAffirmative(_ words: [String]) -> Bool {
        words.contains { ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "y", "definitely", "absolutely", "alright", "correct", "right"].contains($0) }
            && words.allSatisfy { Self.yes.contains($0) || ["correct", "right", "thats", "is"].contains($0) }
    }

    // MARK: A number typed in the chat

    /// "Shall we call 555-201-3344? …": the question a typed number gets.
    static func askBack(_ details: CallbackDetails, helpline: String) -> String {
        "Shall we call \(details.display)? Please answer yes or no. We will only use it to call you back about your question. "
            + "You can also call us directly at \(helpline)."
    }

    /// A number after a reply that offered a call back or asked for a number: asked back. The
    /// answer to that question: yes stores it, no forgets it (anything else forgets it too, and
    /// is answered as usual).
    private func callbackNumber(_ message: Message, words: [String], context: ReplyContext) -> Proposal? {
        let state = context.state
        let knowledge = context.knowledge
        let helpline = knowledge.settings.helpline.display
        let typed = ContactDetails.phoneNumber(in: message.text)
        if let pending = state.pendingCallbackPhone, typed == nil, !words.isEmpty, words.count <= 8 {
            let details = CallbackDetails(phone: pending, consented: true)
            if Self.isAffirmative(words) {
                let text = "Thank you. Someone from \(knowledge.settings.organization) will call you at \(details.display). "
                    + "If you need to talk sooner, you don't have to wait: call us at \(helpline)."
                var reply = context.composer.message(
                    text, intent: Reply.BuiltIn.callbackConfirmed, score: 1, escalation: .handoff,
                    explanation: Explanation(plugin: name, matched: "yes to the typed call-back number", score: 1))
                reply.callback = details
                return Proposal(tier: .followUp, score: 1, reply: reply)
            }
            if Self.isNegative(words) || words == ["no"] {
                let text = "All right, we won't call that number. "
                    + "You can type another number, or call us any time at \(helpline)."
                let reply = context.composer.message(
                    text, intent: Reply.BuiltIn.callbackDeclined, score: 1, escalation: .offer,
                    explanation: Explanation(plugin: name, matched: "no to the typed call-back number", score: 1))
                return Proposal(tier: .followUp, score: 1, reply: reply)
            }
        }
        guard let typed else { return nil }
        let lastEscalation = state.lastIntent.flatMap { knowledge.intents[$0]?.escalation }
        let asked = state.awaitingCallbackAnswer || lastEscalation == .handoff || state.pendingCallbackPhone != nil
            || state.lastIntent == Reply.BuiltIn.callbackDeclined || state.lastIntent == Reply.BuiltIn.callbackConfirm
        guard asked else { return nil }
        let details = CallbackDetails(phone: typed, consented: false)
        let text = Self.askBack(details, helpline: helpline)
        var reply = context.composer.message(
            text, intent: Reply.BuiltIn.callbackConfirm, score: 1, escalation: .handoff,
            explanation: Explanation(plugin: name, matched: "a phone number after the call-back offer", score: 1))
        reply.callback = details
        return Proposal(tier: .followUp, score: 1, reply: reply)
    }
}
