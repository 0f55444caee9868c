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
/// sharing a rare feature with the message are scored, so the cost follows the message,
/// not the number of intents.
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
    private let idf: [Double]
    private let unknownIDF: Double
    private let stopwordCount: Int32
    private let isCommon: [Bool]
    /// Examples by feature id, for every feature but stop words.
    private let postings: [[Int32]]
    private let commonOnly: [Int32]
    private let patterns: [IndexedPattern]
    /// Each pattern's intent, by position in `intentIDs`.
    private let patternIntents: [Int]
    private let patternIndex: PatternIndex
    private let concepts: ConceptSet

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

    private static func weight(_ idf: Double, stopword: Bool) -> Double {
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
        // Best evidence per intent, by the intent's position: no string hashing on this path.
        var best = [(score: Double, pattern: Int, example: Int32)](repeating: (0, -1, -1), count: intentIDs.count)
        var touched: [Int] = []
        func offer(_ intent: Int, _ score: Double, pattern: Int = -1, example: Int32 = -1) {
            if best[intent].score == 0 { touched.append(intent) }
            if score > best[intent].score { best[intent] = (score, pattern, example) }
        }
        for index in patternIndex.candidates(for: message.analyzed.stemIDs) {
            let entry = patterns[index]
            if entry.pattern.matches(message.analyzed.stemIDs, concepts: concepts) {
                offer(patternIntents[index], Self.patternScore(entry.pattern), pattern: index)
            }
        }
        for (example, score) in scoreExamples(message) {
            offer(exampleIntent[Int(example)], score, example: example)
        }
        let ranked = touched.sorted {
            best[$0].score != best[$1].score ? best[$0].score > best[$1].score : intentIDs[$0] < intentIDs[$1]
        }
        return ranked.prefix(limit).map { intent in
            let evidence = best[intent]
            if evidence.pattern >= 0 {
                let entry = patterns[evidence.pattern]
                return IntentScore(
                    intent: intentIDs[intent], score: evidence.score, evidence: entry.pattern.source,
                    evidenceLocation: entry.location, byPattern: true)
            }
            let text = exampleText[Int(evidence.example)]
            return IntentScore(
                intent: intentIDs[intent], score: evidence.score, evidence: text.value,
                evidenceLocation: text.location, byPattern: false)
        }
    }

    /// A pattern match is near-certain; more required words make it more so.
    static func patternScore(_ pattern: Pattern) -> Double {
        min(0.99, 0.9 + 0.015 * Double(pattern.specificity))
    }

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


    /// The best-scoring example (by index) of each intent that shares anything with the message.
    private func scoreExamples(_ message: Message) -> [(Int32, Double)] {
        var rare: [(id: Int32, weight: Double)] = []
        var common: [(id: Int32, weight: Double)] = []
        var messageNorm = Double(message.unknownFeatures) * unknownIDF * unknownIDF
        for id in message.features {
            let known = Int(id) < idf.count && idf[Int(id)] >= 0
            let weight = Self.weight(known ? idf[Int(id)] : unknownIDF, stopword: id < stopwordCount)
            messageNorm += weight * weight
            guard known else { continue }
            if isCommon[Int(id)] { common.append((id, weight)) } else { rare.append((id, weight)) }
        }
        messageNorm = messageNorm.squareRoot()
        guard messageNorm > 0 else { return [] }

        // Candidates are the examples sharing a rare feature with the message; only when there
        // is none, those sharing a common word; only when there is none either, the examples
        // made of common words alone ("how are you").
        var dot = [Double](repeating: 0, count: exampleNorm.count)
        var touched: [Int32] = []
        for feature in rare {
            for index in postings[Int(feature.id)] {
                if dot[Int(index)] == 0 { touched.append(index) }
                dot[Int(index)] += feature.weight * feature.weight
            }
        }
        if touched.isEmpty {
            var seen = Set<Int32>()
            for feature in common where feature.id >= stopwordCount {
                for index in postings[Int(feature.id)] where seen.insert(index).inserted { touched.append(index) }
            }
        }
        if touched.isEmpty { touched = commonOnly }

        var bestByIntent: [(example: Int32, score: Double)] = []
        var slot = [Int](repeating: -1, count: intentIDs.count)
        featureIDs.withUnsafeBufferPointer { ids in
            featureWeights.withUnsafeBufferPointer { weights in
                for index in touched {
                    let example = Int(index)
                    var total = dot[example]
                    // Both lists are sorted by id: one merge adds the common words they share.
                    var own = featureStart[example]
                    let end = featureStart[example + 1]
                    var next = 0
                    while own < end, next < common.count {
                        if ids[own] < common[next].id {
                            own += 1
                        } else if ids[own] > common[next].id {
                            next += 1
                        } else {
                            total += weights[own] * common[next].weight
                            own += 1
                            next += 1
                        }
                    }
                    let score = min(Self.similarity(total, messageNorm: messageNorm, exampleNorm: exampleNorm[example]), 1) * Self.exampleCeiling
                    guard score > 0 else { continue }
                    let intent = exampleIntent[example]
                    if slot[intent] < 0 {
                        slot[intent] = bestByIntent.count
                        bestByIntent.append((index, score))
                    } else if bestByIntent[slot[intent]].score < score {
                        bestByIntent[slot[intent]] = (index, score)
                    }
                }
            }
        }
        return bestByIntent.map { ($0.example, $0.score) }
    }
}
