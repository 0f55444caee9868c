/// One step of the responder's chain. Every plugin sees every message and may propose a reply;
/// the responder picks the best proposal by tier, then score.
public protocol ResponderPlugin: Sendable {
    /// The name used in `helpline.yaml` and in explanations.
    var name: String { get }
    /// A reply this plugin would give, or nothing.
    func propose(for message: Message, in context: ReplyContext) -> [Proposal]
}

/// Proposals of a higher tier win over any score of a lower one.
public enum Tier: Int, Sendable, Codable, Comparable {
    /// Crisis resources: always first.
    case safety = 0
    /// Answers to the responder's own question ("would you like a call back?").
    case followUp
    /// A message matched to an intent file: a treatment question or small talk, by score.
    case intent
    /// A passage of an article that fits when no intent did.
    case article
    /// Nothing fits.
    case fallback

    public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
}

/// A plugin's offer of a reply.
public struct Proposal: Sendable {
    public var tier: Tier
    /// Confidence, 0...1; proposals of the intent and article tiers below the
    /// `answer` threshold are discarded.
    public var score: Double
    public var reply: Reply

    public init(tier: Tier, score: Double, reply: Reply) {
        self.tier = tier
        self.score = score
        self.reply = reply
    }
}

/// What a plugin may read while proposing.
public struct ReplyContext: Sendable {
    public var knowledge: KnowledgeBase
    public var state: ConversationState
    /// Builds replies in the house format.
    public var composer: ReplyComposer { ReplyComposer(knowledge: knowledge) }
}

/// A visitor message, analysed once and shared by all plugins.
public struct Message: Sendable {
    public var text: String
    public var analyzed: AnalyzedText
    /// Stems and `@concept` features, for scoring.
    public var features: Set<String>

    public init(_ text: String, knowledge: KnowledgeBase) {
        self.text = text
        self.analyzed = knowledge.analyzer.analyze(text)
        var features = Set(analyzed.stems)
        features.formUnion(knowledge.concepts.features(in: analyzed.stems))
        self.features = features
    }
}
