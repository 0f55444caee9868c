/// Answers visitor messages: runs the crisis guard and every configured plugin, then picks the
/// best proposal. A pure function of the message, the conversation state and the snapshot.
public struct Responder: Sendable {
    public let knowledge: KnowledgeBase
    /// The plugins in the order they run; the crisis guard is always first.
    public let plugins: [any ResponderPlugin]

    /// Builds the plugin chain declared in `helpline.yaml` from `registry`.
    public init(knowledge: KnowledgeBase, registry: PluginRegistry = .standard) throws(IntentLoadError) {
        self.knowledge = knowledge
        self.plugins = try registry.makePlugins(for: knowledge)
    }

    /// The reply to `text` and the conversation's state after it.
    public func reply(to text: String, in state: ConversationState = ConversationState()) -> (reply: Reply, state: ConversationState) {
        let message = Message(text, knowledge: knowledge)
        let context = ReplyContext(knowledge: knowledge, state: state)
        var proposals: [(proposal: Proposal, order: Int)] = []
        var bestTier = Tier.fallback
        for (order, plugin) in plugins.enumerated() where plugin.tier <= bestTier {
            for proposal in plugin.propose(for: message, in: context) where accepts(proposal) {
                proposals.append((proposal, order))
                bestTier = min(bestTier, proposal.tier)
            }
        }
        let ranked = proposals.sorted { a, b in
            if a.proposal.tier != b.proposal.tier { return a.proposal.tier < b.proposal.tier }
            if a.proposal.score != b.proposal.score { return a.proposal.score > b.proposal.score }
            return a.order < b.order
        }
        guard var reply = ranked.first?.proposal.reply else {
            // Only reachable when helpline.yaml lists no fallback plugin.
            let reply = FallbackPlugin().fallback(to: text, context: context, explanation: Explanation(plugin: "responder", score: 0))
            return (reply, state.after(reply))
        }
        reply.explanation.runnersUp = ranked.dropFirst().prefix(3).map {
            .init(intent: $0.proposal.reply.intent, score: $0.proposal.score, plugin: $0.proposal.reply.explanation.plugin)
        }
        reply.explanation.corrections = message.analyzed.corrections.map { "\($0.from) → \($0.to)" }
        askBackTypedNumber(in: &reply, text: text)
        return (reply, state.after(reply))
    }

    /// A request for a person that already holds a number ("can someone call me, my number is
    /// 555 201 3344"): instead of asking for a number, the reply asks that one back, as the
    /// follow-up plugin does for a number typed later; the visitor's yes stores it.
    private func askBackTypedNumber(in reply: inout Reply, text: String) {
        guard reply.escalation == .handoff, reply.handoff != nil, reply.callback == nil,
              let intent = knowledge.intents[reply.intent], let phone = ContactDetails.phoneNumber(in: text)
        else { return }
        let details = CallbackDetails(phone: phone, consented: false)
        reply.text = intent.answer + "\n\n" + FollowUpPlugin.askBack(details, helpline: knowledge.settings.helpline.display)
        reply.callback = details
    }

    private func accepts(_ proposal: Proposal) -> Bool {
        switch proposal.tier {
        case .intent, .article: proposal.score >= knowledge.settings.answerThreshold
        case .safety, .followUp, .fallback: true
        }
    }
}
