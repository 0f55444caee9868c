/// Understands short answers to the responder's own question "would you like a call back?":
/// yes opens a handoff (as `talk-to-person`), no is acknowledged.
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
        guard context.state.awaitingCallbackAnswer else { return [] }
        let words = message.analyzed.words
        guard !words.isEmpty, words.count <= 8 else { return [] }
        let knowledge = context.knowledge
        let negative = words.contains { ["no", "nope", "nah", "later", "not"].contains($0) } && words.allSatisfy(Self.no.contains)
        let affirmative = !negative && words.contains { ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "y", "definitely", "absolutely", "alright"].contains($0) }
            && words.allSatisfy(Self.yes.contains)
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
}
