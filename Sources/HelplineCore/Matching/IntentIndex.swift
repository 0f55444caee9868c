import Foundation

/// How well one intent fits a message, and why.
public struct IntentScore: Sendable {
    public var intent: String
    public var score: Double
    /// The pattern or example that scored best, as written.
    public var evidence: String
    public var evidenceLocation: SourceLocation
    public var byPattern: Bool
}

/// Scores messages against the patterns and examples of a set of intents.
///
/// Examples are compared by weighted cosine similarity over stems and `@concept` features
/// (rare words weigh more, function words little). An inverted index means only examples
/// sharing a rare feature with the message are scored, rarest feature first, and only while
/// they can still make the ranking (`IntentIndex+Examples.swift`), so the cost follows the
/// message, not the number of intents.
public final class IntentIndex: Sendable {
    struct IndexedPattern: Sendable {
        var intent: String
        var pattern: Pattern
        var location: SourceLocation
    }

    let intentIDs: [String]
    // Examples as parallel arrays of plain values, so scoring reads numbers without copying
    // (and retaining) a struct per candidate. Example `i` owns the features
    // `featureStart[i] ..< featureStart[i + 1]` of `featureIDs`/`featureWeights`, sorted by id.
    let exampleIntent: [Int]
    let exampleText: [Located<String>]
    let exampleNorm: [Double]
    let featureStart: [Int]
    let featureIDs: [Int32]
    let featureWeights: [Double]
    /// IDF by feature id; negative for features no example of this index uses.
    let idf: [Double]
    let unknownIDF: Double
    let stopwordCount: Int32
    let isCommon: [Bool]
    /// Examples by feature id, for every feature but stop words.
    let postings: [[Int32]]
    let commonOnly: [Int32]
    let patterns: [IndexedPattern]
    /// Each pattern's intent, by position in `intentIDs`.
    let patternIntents: [Int]
    let patternIndex: PatternIndex
    let concepts: ConceptSet

    /// A feature in more examples than this share is "common": scored only for candidates.
    static let commonShare = 0.05
    /// An example match, however close, stays below any pattern match.
    static let exampleCeiling = 0.89

    /// - Parameter stopwordCount: stop words hold the vocabulary's first ids.
    init(
        intents: [Intent], patterns: [IndexedPattern], analyzer: TextAnalyzer, concepts: ConceptSet,
        vocabulary: inout Vocabulary, stopwordCount: Int32
    ) {
        self.concepts = concepts
        self.stopwordCount = stopwordCount
        self.intentIDs = intents.map(\.id)
        var raw: [(intent: Int, text: Located<String>, features: [Int32])] = []
        for (intentIndex, intent) in intents.enumerated() {
            for text in intent.examples + [Located(intent.title, at: intent.location)] {
                let stems = analyzer.stems(text.value).map { vocabulary.intern($0) }
                guard !stems.isEmpty else { continue }
                let features = Set(stems + concepts.features(in: stems)).sorted()
                raw.append((intentIndex, text, features))
            }
        }
        // Document frequency counts intents, not examples, so a well-documented intent
        // does not make its own words cheap.
        var owners: [Int32: Set<Int>] = [:]
        var exampleFrequency: [Int32: Int] = [:]
        for entry in raw {
            for feature in entry.features {
                owners[feature, default: []].insert(entry.intent)
                exampleFrequency[feature, default: 0] += 1
            }
        }
        let intentCount = Double(max(1, Set(raw.map(\.intent)).count))
        var idf = [Double](repeating: -1, count: vocabulary.count)
        for (feature, set) in owners { idf[Int(feature)] = log(1 + intentCount / Double(set.count)) }
        self.idf = idf
        self.unknownIDF = log(1 + intentCount)

        let limit = max(64, Int(Double(raw.count) * Self.commonShare))
        var isCommon = [Bool](repeating: false, count: vocabulary.count)
        for (feature, count) in exampleFrequency where count > limit || feature < stopwordCount {
            isCommon[Int(feature)] = true
        }
        self.isCommon = isCommon

        var exampleNorm: [Double] = []
        var featureStart = [0]
        var featureIDs: [Int32] = []
        var featureWeights: [Double] = []
        var postings = [[Int32]](repeating: [], count: vocabulary.count)
        var commonOnly: [Int32] = []
        for (position, entry) in raw.enumerated() {
            let index = Int32(position)
            var hasRare = false
            var squares = 0.0
            for feature in entry.features {
                let weight = Self.weight(idf[Int(feature)], stopword: feature < stopwordCount)
                featureIDs.append(feature)
                featureWeights.append(weight)
                squares += weight * weight
                if feature >= stopwordCount { postings[Int(feature)].append(index) }
                if !isCommon[Int(feature)] { hasRare = true }
            }
            if !hasRare { commonOnly.append(index) }
            featureStart.append(featureIDs.count)
            exampleNorm.append(squares.squareRoot())
        }
        self.exampleIntent = raw.map(\.intent)
        self.exampleText = raw.map(\.text)
        self.exampleNorm = exampleNorm
        self.featureStart = featureStart
        self.featureIDs = featureIDs
        self.featureWeights = featureWeights
        self.postings = postings
        self.commonOnly = commonOnly
        self.patterns = patterns
        let positions = Dictionary(intents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.patternIntents = patterns.map { positions[$0.intent] ?? 0 }
        self.patternIndex = PatternIndex(patterns.map(\.pattern), concepts: concepts)
    }

    static func weight(_ idf: Double, stopword: Bool) -> Double {
        stopword ? idf * Stopwords.weight : idf
    }

    /// Every stem id the examples use, with how many examples use it; feeds the spelling corrector.
    var stemFrequencies: [Int32: Int] {
        var counts: [Int32: Int] = [:]
        for id in featureIDs { counts[id, default: 0] += 1 }
        return counts
    }

    /// Intents that fit `message`, best first, one entry per intent, at most `limit`.
    public func rank(_ message: Message, limit: Int = 5) -> [IntentScore] {
        // A pattern match outscores any example (`exampleCeiling` sits below every pattern
        // score), so the intents patterns match take the first places and need no examples;
        // the examples only fill the places left. Per intent, the first best pattern wins.
        var matched: [(intent: Int, score: Double, pattern: Int)] = []
        for index in patternIndex.candidates(for: message.analyzed.stemIDs) {
            let entry = patterns[index]
            guard entry.pattern.matches(message.analyzed.stemIDs, concepts: concepts) else { continue }
            let intent = patternIntents[index]
            let score = Self.patternScore(entry.pattern)
            if let position = matched.firstIndex(where: { $0.intent == intent }) {
                if score > matched[position].score { matched[position] = (intent, score, index) }
            } else {
                matched.append((intent, score, index))
            }
        }
        var scores = matched.map { match in
            let entry = patterns[match.pattern]
            return IntentScore(
                intent: intentIDs[match.intent], score: match.score, evidence: entry.pattern.source,
                evidenceLocation: entry.location, byPattern: true)
        }
        // A keyword-spotting pattern ranks like an example, so its intent's examples may beat it.
        let settled = matched.filter { !patterns[$0.pattern].pattern.isKeywordSpot }.map(\.intent)
        let examples = bestExamples(message, count: limit - settled.count, excluding: settled)
        for best in examples {
            let text = exampleText[Int(best.example)]
            let score = IntentScore(
                intent: intentIDs[best.intent], score: best.score, evidence: text.value,
                evidenceLocation: text.location, byPattern: false)
            if let position = scores.firstIndex(where: { $0.intent == score.intent }) {
                if score.score > scores[position].score { scores[position] = score }
            } else {
                scores.append(score)
            }
        }
        scores.sort { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
        return Array(scores.prefix(limit))
    }

    /// A pattern match is near-certain; more required words make it more so.
    /// A keyword-spotting pattern (`* thanks *`) scores like a fair example match, so a clear
    /// request that ends in "thanks" or starts with "hi" is answered as the request.
    static func patternScore(_ pattern: Pattern) -> Double {
        pattern.isKeywordSpot ? keywordSpotScore : min(0.99, 0.9 + 0.015 * Double(pattern.specificity))
    }

    static let keywordSpotScore = 0.6

    /// How much of the message the example explains, and of the example the message holds,
    /// combined as an F-measure leaning to the message's side (β < 1), so a short question
    /// fully inside a longer example still scores well.
    static func similarity(_ dot: Double, messageNorm: Double, exampleNorm: Double) -> Double {
        let precision = dot / (messageNorm * messageNorm)
        let recall = dot / (exampleNorm * exampleNorm)
        guard precision > 0, recall > 0 else { return 0 }
        let beta2 = similarityBeta * similarityBeta
        return (1 + beta2) * precision * recall / (beta2 * precision + recall)
    }

    static let similarityBeta = 1.0
}
