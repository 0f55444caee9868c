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
/// (rare words weigh more). An inverted index means only examples sharing a rare feature with
/// the message are scored, so the cost follows the message, not the number of intents.
public struct IntentIndex: Sendable {
    struct Example: Sendable {
        var intent: String
        var text: Located<String>
        var weights: [String: Double]
        var norm: Double
    }

    struct IndexedPattern: Sendable {
        var intent: String
        var pattern: Pattern
        var location: SourceLocation
    }

    private let examples: [Example]
    private let idf: [String: Double]
    private let unknownIDF: Double
    private let rarePostings: [String: [Int]]
    private let common: Set<String>
    private let commonOnly: [Int]
    private let patterns: [IndexedPattern]
    private let patternIndex: PatternIndex
    private let concepts: ConceptSet

    /// A feature in more examples than this share is "common": scored only for candidates.
    static let commonShare = 0.05

    init(intents: [Intent], patterns: [IndexedPattern], analyzer: TextAnalyzer, concepts: ConceptSet) {
        self.concepts = concepts
        var raw: [(intent: String, text: Located<String>, features: Set<String>)] = []
        for intent in intents {
            let texts = intent.examples + [Located(intent.title, at: intent.location)]
            for text in texts {
                let stems = analyzer.stems(text.value)
                guard !stems.isEmpty else { continue }
                var features = Set(stems)
                features.formUnion(concepts.features(in: stems))
                raw.append((intent.id, text, features))
            }
        }
        // Document frequency counts intents, not examples, so a well-documented intent
        // does not make its own words cheap.
        var intentsByFeature: [String: Set<String>] = [:]
        for entry in raw { for feature in entry.features { intentsByFeature[feature, default: []].insert(entry.intent) } }
        let intentCount = Double(max(1, Set(raw.map(\.intent)).count))
        var idf: [String: Double] = [:]
        for (feature, owners) in intentsByFeature {
            idf[feature] = log(1 + intentCount / Double(owners.count))
        }
        self.idf = idf
        self.unknownIDF = log(1 + intentCount)

        var examples: [Example] = []
        var exampleFrequency: [String: Int] = [:]
        for entry in raw {
            var weights: [String: Double] = [:]
            for feature in entry.features {
                weights[feature] = Self.weight(feature, idf: idf[feature] ?? 0)
                exampleFrequency[feature, default: 0] += 1
            }
            let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            examples.append(Example(intent: entry.intent, text: entry.text, weights: weights, norm: norm))
        }
        let limit = max(64, Int(Double(examples.count) * Self.commonShare))
        var common = Set(exampleFrequency.filter { $0.value > limit }.map(\.key))
        common.formUnion(exampleFrequency.keys.filter { Stopwords.words.contains($0) })
        var rarePostings: [String: [Int]] = [:]
        var commonOnly: [Int] = []
        for (index, example) in examples.enumerated() {
            var hasRare = false
            for feature in example.weights.keys where !common.contains(feature) {
                rarePostings[feature, default: []].append(index)
                hasRare = true
            }
            if !hasRare { commonOnly.append(index) }
        }
        self.examples = examples
        self.rarePostings = rarePostings
        self.common = common
        self.commonOnly = commonOnly

        self.patterns = patterns
        self.patternIndex = PatternIndex(patterns.map(\.pattern), concepts: concepts)
    }

    private static func weight(_ feature: String, idf: Double) -> Double {
        Stopwords.words.contains(feature) ? idf * Stopwords.weight : idf
    }

    /// Every stem the index knows, with how many examples use it; feeds the spelling corrector.
    var vocabulary: [String: Int] {
        var counts: [String: Int] = [:]
        for example in examples { for feature in example.weights.keys where !feature.hasPrefix("@") { counts[feature, default: 0] += 1 } }
        return counts
    }

    /// Intents that fit `message`, best first, one entry per intent.
    public func rank(_ message: Message) -> [IntentScore] {
        var best: [String: IntentScore] = [:]
        func offer(_ candidate: IntentScore) {
            if let current = best[candidate.intent], current.score >= candidate.score { return }
            best[candidate.intent] = candidate
        }
        scorePatterns(message, offer: offer)
        scoreExamples(message, offer: offer)
        return best.values.sorted { $0.score != $1.score ? $0.score > $1.score : $0.intent < $1.intent }
    }

    /// An example match, however close, stays below any pattern match.
    static let exampleCeiling = 0.89

    /// A pattern match is near-certain; more required words make it more so.
    static func patternScore(_ pattern: Pattern) -> Double {
        min(0.99, 0.9 + 0.015 * Double(pattern.specificity))
    }

    private func scorePatterns(_ message: Message, offer: (IntentScore) -> Void) {
        for index in patternIndex.candidates(for: message.analyzed.stems) {
            let entry = patterns[index]
            if entry.pattern.matches(message.analyzed.stems, concepts: concepts) {
                offer(IntentScore(
                    intent: entry.intent, score: Self.patternScore(entry.pattern), evidence: entry.pattern.source,
                    evidenceLocation: entry.location, byPattern: true))
            }
        }
    }

    private func scoreExamples(_ message: Message, offer: (IntentScore) -> Void) {
        var messageWeights: [(feature: String, weight: Double, common: Bool)] = []
        var messageNorm = 0.0
        for feature in message.features {
            let weight = Self.weight(feature, idf: idf[feature] ?? unknownIDF)
            messageWeights.append((feature, weight, common.contains(feature)))
            messageNorm += weight * weight
        }
        messageNorm = messageNorm.squareRoot()
        guard messageNorm > 0 else { return }

        var dot: [Int: Double] = [:]
        for entry in messageWeights where !entry.common {
            for index in rarePostings[entry.feature] ?? [] {
                dot[index, default: 0] += entry.weight * entry.weight
            }
        }
        if dot.isEmpty { for index in commonOnly { dot[index] = 0 } }
        for (index, partial) in dot {
            let example = examples[index]
            var total = partial
            for entry in messageWeights where entry.common {
                if let weight = example.weights[entry.feature] { total += weight * entry.weight }
            }
            let score = total / (messageNorm * example.norm)
            guard score > 0 else { continue }
            offer(IntentScore(
                intent: example.intent, score: min(score, 1) * Self.exampleCeiling, evidence: example.text.value,
                evidenceLocation: example.text.location, byPattern: false))
        }
    }
}

import Foundation
