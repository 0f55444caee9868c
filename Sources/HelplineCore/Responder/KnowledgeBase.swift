/// Everything loaded from `intents/`, validated and compiled: an immutable snapshot that
/// hot reload swaps as a whole.
///
/// A class rather than a struct: every request and plugin reads the same snapshot, and
/// passing a reference costs one retain where copying a struct of tables retains each table
/// (atomic operations that contend when requests run on several cores).
public final class KnowledgeBase: Sendable {
    public let settings: HelplineSettings
    public let lexicon: Lexicon
    /// Intents by id.
    public let intents: [String: Intent]
    /// Intent titles by id, for suggestion buttons without copying whole intents.
    public let titles: [String: String]
    /// Intent ids in file-name order.
    public let intentIDs: [String]
    /// Articles by id.
    public let articles: [String: Article]
    public let analyzer: TextAnalyzer
    public let concepts: ConceptSet
    /// Compiled-in floor first, then staff rules.
    public let crisisRules: [CrisisRule]
    let crisisIndex: PatternIndex
    /// The compiled-in crisis floor, told which words the intents spell right.
    public let crisisDetector: CrisisDetector
    /// The crisis corpus of `tests/*.tsv`: messages that must and must not be crises.
    public let crisisCorpus: CrisisCorpus
    /// Ordinary questions that must not be treated as crises, checked by `helpline check`.
    public let notCrisis: [Located<String>]
    public let conversationTests: [ConversationTest]
    /// Topic intents.
    public let topicIndex: IntentIndex
    /// Small-talk intents.
    public let smallTalkIndex: IntentIndex
    /// Topic intents by a classifier trained from their examples; nil for very large sets.
    public let topicClassifier: LinearClassifier?
    /// The folder it was loaded from.
    public let directory: String
    /// Stop words hold the vocabulary ids below this.
    let stopwordCount: Int32

    init(
        settings: HelplineSettings, lexicon: Lexicon, intents: [Intent], articles: [String: Article],
        analyzer: TextAnalyzer, concepts: ConceptSet, crisisRules: [CrisisRule], notCrisis: [Located<String>],
        conversationTests: [ConversationTest], topicIndex: IntentIndex, smallTalkIndex: IntentIndex, directory: String,
        stopwordCount: Int32, topicClassifier: LinearClassifier?, crisisDetector: CrisisDetector, crisisCorpus: CrisisCorpus
    ) {
        self.crisisDetector = crisisDetector
        self.topicClassifier = topicClassifier
        self.crisisCorpus = crisisCorpus
        self.stopwordCount = stopwordCount
        self.settings = settings
        self.lexicon = lexicon
        self.intents = Dictionary(intents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.titles = Dictionary(intents.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        self.intentIDs = intents.map(\.id)
        self.crisisIntent = intents.first { $0.category == .crisis }
        self.articles = articles
        self.analyzer = analyzer
        self.concepts = concepts
        self.crisisRules = crisisRules
        self.crisisIndex = PatternIndex(crisisRules.map(\.pattern), concepts: concepts)
        self.notCrisis = notCrisis
        self.conversationTests = conversationTests
        self.topicIndex = topicIndex
        self.smallTalkIndex = smallTalkIndex
        self.directory = directory
    }

    /// The crisis intent file's intent, if there is one. Found once: every crisis reply reads
    /// it, and a scan of the intents per reply grew with their number.
    public let crisisIntent: Intent?
}
