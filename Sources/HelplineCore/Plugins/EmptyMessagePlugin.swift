/// Asks for a few words when a message has none (only emoji or punctuation), instead of
/// counting it as a misunderstanding.
public struct EmptyMessagePlugin: ResponderPlugin {
    public static let name = "empty-message"
    public var name: String { Self.name }

    let text: String

    public init(settings: PluginSettings) throws(PluginConfigurationError) {
        try settings.allowOnly(["text"])
        text = settings.values["text"] ?? "Could you tell me in a few words what you would like to know?"
    }

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        guard message.analyzed.words.isEmpty else { return [] }
        let reply = context.composer.message(
            text, intent: Reply.BuiltIn.fallback, score: 1, explanation: Explanation(plugin: name, score: 1))
        return [Proposal(tier: .followUp, score: 1, reply: reply)]
    }
}
