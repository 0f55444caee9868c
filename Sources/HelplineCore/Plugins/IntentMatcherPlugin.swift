import Foundation

/// Matches treatment questions to topic intents by pattern and example; asks which one was
/// meant when the two best are too close to call.
public struct IntentMatcherPlugin: ResponderPlugin {
    public static let name = "intent-matcher"
    public var name: String { Self.name }
    public var tier: Tier { .intent }

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    /// The classifier's answer is taken when the examples fall short of the answer threshold
    /// but still show the message is about our topics (some example at least this close)...
    static let topicEvidence = 0.3
    /// ...and the classifier is at least this sure, with a word of our field in the message...
    static let classifierConfidence = 0.65
    /// ...or the classifier and the closest example agree on the intent, the example at least
    /// this close and the classifier this sure ("connect me to a live agent" has no field word).
    static let agreeEvidence = 0.35
    static let agreeConfidence = 0.7
    /// An example answer (not a pattern) is withdrawn when the classifier is this sure the
    /// message is none of ours ("what's my routing number" is near "what's your number")...
    static let outOfScopeVeto = 0.7
    /// ...unless the example is this close.
    static let vetoCeiling = 0.89
    /// Lexicon concepts that only our field uses; everyday ones (family, worry, online) are not evidence.
    static let fieldConcepts: Set<String> = [
        "c:@therapy", "c:@group", "c:@care", "c:@mat", "c:@counselor", "c:@therapy-kind", "c:@craving",
        "c:@outpatient", "c:@opioid", "c:@painkiller", "c:@medication",
    ]

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        let knowledge = context.knowledge
        // The two places `propose` reads: the best, and the runner-up that may make it ambiguous.
        let ranking = knowledge.topicIndex.rank(message, limit: 2)
        let answering = IndexAnswering(plugin: name, tier: .intent)
        let threshold = knowledge.settings.answerThreshold
        guard let best = ranking.first, best.score < Self.vetoCeiling, !best.byPattern else {
            return answering.propose(ranking, context: context, allowAmbiguity: true)
        }
        let features = Self.features(of: message, knowledge: knowledge)
        let predicted = knowledge.topicClassifier?.predict(features)
        if best.score >= threshold, let predicted, predicted.intent == OutOfScopeExamples.label,
            predicted.probability >= Self.outOfScopeVeto
        {
            return []
        }
        guard best.score < threshold, best.score >= Self.topicEvidence, let predicted,
            // A word of our field (a lexicon concept) must be there: "order a pizza" has none.
            (features.contains(where: { Self.fieldConcepts.contains($0) }) && predicted.probability >= Self.classifierConfidence)
                || (predicted.intent == best.intent && best.score >= Self.agreeEvidence && predicted.probability >= Self.agreeConfidence),
            let intent = knowledge.intents[predicted.intent]
        else {
            return answering.propose(ranking, context: context, allowAmbiguity: true)
        }
        // Scaled into the band between the threshold and the example ceiling, so a confident
        // small-talk or pattern match still wins over a classifier guess.
        let score = threshold + (IntentIndex.exampleCeiling - threshold) * (predicted.probability - Self.classifierConfidence)
        let explanation = Explanation(
            plugin: name, matched: "classifier: \(intent.id) p=\(String(format: "%.2f", predicted.probability))",
            source: "examples of \(intent.id)", score: score)
        return [Proposal(tier: .intent, score: score, reply: context.composer.answer(intent, score: score, explanation: explanation))]
    }

    /// The classifier's best topic for `message` and how sure it is, whether or not the plugin
    /// would take it; for explanations (`helpline ask --explain`).
    public static func classifierGuess(for message: Message, knowledge: KnowledgeBase) -> (intent: String, probability: Double)? {
        knowledge.topicClassifier?.predict(features(of: message, knowledge: knowledge))
    }

    static func features(of message: Message, knowledge: KnowledgeBase) -> [String] {
        let vocabulary = knowledge.analyzer.vocabulary
        let concepts = message.features.map { vocabulary.token($0) }.filter { $0.hasPrefix("@") }
        return LinearClassifier.features(stems: message.analyzed.stems, concepts: concepts)
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
