/// Says honestly that it did not understand and offers the helpline; the second miss in a row
/// also offers a call back. A message that reads as Spanish is answered in Spanish instead, with
/// the helpline and SAMHSA's National Helpline (which has Spanish service).
public struct FallbackPlugin: ResponderPlugin {
    public static let name = "fallback"
    public var name: String { Self.name }
    public var tier: Tier { .fallback }

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    public init() {}

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        [Proposal(tier: .fallback, score: 0, reply: fallback(to: message.text, context: context, explanation: Explanation(plugin: name, score: 0)))]
    }

    func fallback(to text: String, context: ReplyContext, explanation: Explanation) -> Reply {
        let settings = context.knowledge.settings
        if VisitorLanguage.of(text) == .spanish {
            // The intents are English: a Spanish message is told so, in Spanish, with the lines
            // that answer in Spanish. No call-back question: its yes/no is read in English.
            var reply = context.composer.message(
                SpanishText.fallback(settings), intent: Reply.BuiltIn.fallback, score: 0, explanation: explanation)
            reply.actions = [settings.helpline, SpanishText.samhsa].map { SpanishText.label(.call($0), settings) }
            return reply
        }
        let repeated = context.state.consecutiveFallbacks >= 1
        return context.composer.message(
            settings.message(repeated ? "fallback_repeated" : "fallback"), intent: Reply.BuiltIn.fallback, score: 0,
            suggestions: context.composer.suggestions(ids: ["capabilities", "what-is-group-therapy", "talk-to-person"]),
            asksForCallback: repeated, explanation: explanation)
    }
}
