/// Greetings, thanks, goodbyes, "are you a bot?" and "what can you do?". Competes with the
/// intent matcher on score, so "hi, how do I sign up" is answered as a question.
public struct SmallTalkPlugin: ResponderPlugin {
    public static let name = "small-talk"
    public var name: String { Self.name }
    public var tier: Tier { .intent }

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    /// Without ambiguity only the best place is read, so only it is ranked.
    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        IndexAnswering(plugin: name, tier: .intent)
            .propose(context.knowledge.smallTalkIndex.rank(message, limit: 1), context: context, allowAmbiguity: false)
    }
}
