/// Matches treatment questions to topic intents by pattern and example; asks which one was
/// meant when the two best are too close to call.
public struct IntentMatcherPlugin: ResponderPlugin {
    public static let name = "intent-matcher"
    public var name: String { Self.name }
    public var tier: Tier { .intent }

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        IndexAnswering(plugin: name, tier: .intent)
            .propose(context.knowledge.topicIndex.rank(message), context: context, allowAmbiguity: true)
    }
}

/// Turns a ranking from an `IntentIndex` into proposals; shared by the intent and small-talk plugins.
struct IndexAnswering {
    let plugin: String
    let tier: Tier

    func propose(_ ranking: [IntentScore], context: ReplyContext, allowAmbiguity: Bool) -> [Proposal] {
        let knowledge = context.knowledge
        // Below the threshold the responder discards the proposal: do not compose its reply.
        let threshold = knowledge.settings.answerThreshold
        guard let best = ranking.first, best.score >= threshold, let intent = knowledge.intents[best.intent] else { return [] }
        let explanation = Explanation(
            plugin: plugin, matched: (best.byPattern ? "pattern: " : "example: ") + best.evidence,
            source: best.evidenceLocation.description, score: best.score)
        if allowAmbiguity, ranking.count > 1, let second = knowledge.intents[ranking[1].intent],
            best.score >= threshold, ranking[1].score >= threshold,
            best.score - ranking[1].score < knowledge.settings.ambiguityMargin,
            !(best.byPattern && !ranking[1].byPattern)
        {
            let reply = context.composer.message(
                knowledge.settings.message("ambiguous"), intent: Reply.BuiltIn.ambiguous, score: best.score,
                escalation: .none,
                suggestions: [Suggestion(id: intent.id, title: intent.title), Suggestion(id: second.id, title: second.title)],
                explanation: explanation)
            return [Proposal(tier: tier, score: best.score, reply: reply)]
        }
        return [Proposal(tier: tier, score: best.score, reply: context.composer.answer(intent, score: best.score, explanation: explanation))]
    }
}
