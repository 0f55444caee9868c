/// Says honestly that it did not understand and offers the helpline; the second miss in a row
/// also offers a call back.
public struct FallbackPlugin: ResponderPlugin {
    public static let name = "fallback"
    public var name: String { Self.name }
    public var tier: Tier { .fallback }

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    public init() {}

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        [Proposal(tier: .fallback, score: 0, reply: fallback(context: context, explanation: Explanation(plugin: name, score: 0)))]
    }

    func fallback(context: ReplyContext, explanation: Explanation) -> Reply {
        let repeated = context.state.consecutiveFallbacks >= 1
        let settings = context.knowledge.settings
        return context.composer.message(
            settings.message(repeated ? "fallback_repeated" : "fallback"), intent: Reply.BuiltIn.fallback, score: 0,
            suggestions: context.composer.suggestions(ids: ["capabilities", "what-is-group-therapy", "talk-to-person"]),
            asksForCallback: repeated, explanation: explanation)
    }
}
