/// When no intent fits but one passage of an article clearly covers the question, quotes that
/// passage. Most of the message's meaningful words must appear in the passage, so questions
/// outside the provider's topics never get an article answer.
public struct ArticleSearchPlugin: ResponderPlugin {
    public static let name = "article-search"
    public var name: String { Self.name }
    public var tier: Tier { .article }

    struct Passage: Sendable {
        var excerpt: Excerpt
        /// Meaningful stem ids (no stop words), sorted.
        var stems: [Int32]
        /// The intent quoting this passage, if any, so the reply carries a real intent id.
        var intent: String?
    }

    /// Share of the message's meaningful words that must appear in the passage.
    let minimumScore: Double
    /// Meaningful words that must appear in the passage, at the least.
    let minimumWords: Int
    let intro: String
    let passages: [Passage]

    public init(settings: PluginSettings, knowledge: KnowledgeBase) throws(PluginConfigurationError) {
        try settings.allowOnly(["min_score", "min_words", "intro"])
        minimumScore = try settings.double("min_score", default: 0.6)
        minimumWords = Int(try settings.double("min_words", default: 3))
        intro = settings.values["intro"] ?? "Here is what our article says about that:"
        var passages: [Passage] = []
        for id in knowledge.articles.keys.sorted() {
            let article = knowledge.articles[id]!
            for text in article.passages {
                let stems = Set(knowledge.analyzer.analyze(text).stemIDs.filter { $0 >= knowledge.stopwordCount }).sorted()
                let owner = knowledge.intentIDs.first { id in
                    guard let quote = knowledge.intents[id]?.excerpt?.quote, knowledge.intents[id]?.category == .topic else { return false }
                    return quote.contains(text) || text.contains(quote)
                }
                passages.append(Passage(
                    excerpt: Excerpt(quote: text, article: article.id, title: article.title, url: article.url),
                    stems: stems, intent: owner))
            }
        }
        self.passages = passages
    }

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        let known = Set(message.analyzed.stemIDs.filter { $0 >= context.knowledge.stopwordCount })
        let meaningful = known.count + message.unknownFeatures
        guard meaningful >= minimumWords, known.count >= minimumWords else { return [] }
        var best: (passage: Passage, matched: Int)?
        for passage in passages {
            let matched = passage.stems.reduce(0) { $0 + (known.contains($1) ? 1 : 0) }
            if matched > (best?.matched ?? 0) { best = (passage, matched) }
        }
        guard let best, best.matched >= minimumWords else { return [] }
        let score = Double(best.matched) / Double(meaningful)
        guard score >= minimumScore else { return [] }
        let explanation = Explanation(plugin: name, matched: "passage: " + best.passage.excerpt.quote, source: best.passage.excerpt.article, score: score)
        let reply: Reply
        if let id = best.passage.intent, let intent = context.knowledge.intents[id] {
            reply = context.composer.answer(intent, score: score, explanation: explanation)
        } else {
            reply = context.composer.message(
                intro + "\n\n" + context.knowledge.settings.message("offer"), intent: Reply.BuiltIn.articleSearch,
                score: score, excerpt: best.passage.excerpt, explanation: explanation)
        }
        return [Proposal(tier: .article, score: score, reply: reply)]
    }
}
