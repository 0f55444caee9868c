/// One step of the responder's chain. Every plugin sees every message and may propose a reply;
/// the responder picks the best proposal by tier, then score.
public protocol ResponderPlugin: Sendable {
    /// The name used in `helpline.yaml` and in explanations.
    var name: String { get }
    /// The highest tier this plugin proposes at. A plugin is skipped when a proposal of a
    /// higher tier is already accepted; the default, `.safety`, means "always run".
    var tier: Tier { get }
    /// A reply this plugin would give, or nothing.
    func propose(for message: Message, in context: ReplyContext) -> [Proposal]
}

extension ResponderPlugin {
    public var tier: Tier { .safety }
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
    /// Known stem and `@concept` feature ids, each once, sorted.
    public var features: [Int32]
    /// Distinct words the intents never use; they count against every example match.
    public var unknownFeatures: Int

    public init(_ text: String, knowledge: KnowledgeBase) {
        self.text = text
        self.analyzed = knowledge.analyzer.analyze(text)
        let known = analyzed.stemIDs.filter { $0 != Vocabulary.unknown }
        self.features = Array(Set(known + knowledge.concepts.features(in: analyzed.stemIDs))).sorted()
        var unknown: Set<String> = []
        for (index, id) in analyzed.stemIDs.enumerated() where id == Vocabulary.unknown { unknown.insert(analyzed.stems[index]) }
        self.unknownFeatures = unknown.count
    }
}
