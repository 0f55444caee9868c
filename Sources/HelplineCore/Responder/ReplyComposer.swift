/// Builds replies in the house format: the answer, the quote, the way to the helpline.
public struct ReplyComposer: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    private var settings: HelplineSettings { knowledge.settings }

    /// The reply for `intent`, with the offer, call-back question or handoff its escalation asks for.
    public func answer(_ intent: Intent, score: Double, explanation: Explanation) -> Reply {
        var lines = [intent.answer]
        var handoff: HandoffRequest?
        switch intent.escalation {
        case .none, .emergency:
            break
        case .offer:
            lines.append(settings.message("offer"))
        case .handoff:
            lines.append(settings.message("handoff"))
            handoff = HandoffRequest(reason: "visitor asked: \(intent.title)", priority: .normal)
        }
        if intent.offerCallback, handoff == nil { lines.append(settings.message("callback_offer")) }
        return Reply(
            text: lines.joined(separator: "\n\n"), excerpt: intent.excerpt, intent: intent.id,
            confidence: score, escalation: intent.escalation, suggestions: suggestions(for: intent),
            actions: intent.category == .smalltalk ? [] : [.call(settings.helpline)],
            handoff: handoff, asksForCallback: intent.offerCallback && handoff == nil,
            explanation: explanation)
    }

    /// A reply not tied to an intent file (fallback, declined call back, article passage).
    public func message(
        _ text: String, intent: String, score: Double, escalation: Escalation = .offer,
        excerpt: Excerpt? = nil, suggestions: [Suggestion] = [], asksForCallback: Bool = false,
        explanation: Explanation
    ) -> Reply {
        Reply(
            text: text, excerpt: excerpt, intent: intent, confidence: score, escalation: escalation,
            suggestions: suggestions, actions: [.call(settings.helpline)], asksForCallback: asksForCallback,
            explanation: explanation)
    }

    /// Buttons for the intent's related intents.
    public func suggestions(for intent: Intent) -> [Suggestion] {
        suggestions(ids: intent.suggestions)
    }

    /// Buttons for the given ids, skipping unknown ones.
    public func suggestions(ids: [String]) -> [Suggestion] {
        ids.compactMap { id in knowledge.titles[id].map { Suggestion(id: id, title: $0) } }
    }
}
