import Foundation
import Testing
@testable import HelplineCore

/// The pruned ranking gives exactly what scoring every candidate gives: same intents in the
/// same order, same scores, same evidence, at every limit.
@Suite struct IntentIndexTests {
    @Test func prunedRankingMatchesTheExhaustiveOneOnTheShippedIntents() throws {
        let responder = try Responder.shipped()
        let messages = Self.messages(from: responder.knowledge, seed: 7)
        #expect(messages.count >= 300)
        expectSameRankings(responder.knowledge, messages)
    }

    @Test func prunedRankingMatchesTheExhaustiveOneAmongGeneratedIntents() throws {
        let folder = NSTemporaryDirectory() + "helpline-index-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let queries = try SyntheticIntents(count: 400).write(from: Fixture.shipped, to: folder)
        let responder = try IntentLoader(verifyExamples: false).load(directory: folder)
        let messages = queries + Self.messages(from: responder.knowledge, seed: 11, texts: 400)
        #expect(messages.count >= 300)
        expectSameRankings(responder.knowledge, messages)
    }

    @Test func aPatternMatchOutranksEveryExample() {
        #expect(IntentIndex.exampleCeiling < IntentIndex.patternScore(Pattern(source: "*", form: .stems, nodes: [.wildcard])))
    }

    @Test func theCeilingBoundsEveryScoreItCovers() {
        // Whatever the example's norm, a dot product no larger than `dot` stays under the ceiling.
        for dot in stride(from: 0.1, through: 20, by: 0.7) {
            for messageSquares in [0.5, 3, 12, 40] {
                let ceiling = IntentIndex.ceiling(dot: dot, squaredMessageNorm: messageSquares)
                for exampleSquares in stride(from: dot, through: 60, by: 0.9) {
                    let score = min(IntentIndex.similarity(
                        dot, messageNorm: messageSquares.squareRoot(), exampleNorm: exampleSquares.squareRoot()), 1) * IntentIndex.exampleCeiling
                    #expect(score <= ceiling + 1e-12)
                }
            }
        }
    }

    private func expectSameRankings(_ knowledge: KnowledgeBase, _ messages: [String]) {
        for text in messages {
            let message = Message(text, knowledge: knowledge)
            for index in [knowledge.topicIndex, knowledge.smallTalkIndex] {
                for limit in [1, 2, 5] {
                    let pruned = index.rank(message, limit: limit).map(Self.summary)
                    let exhaustive = index.rankExhaustively(message, limit: limit).map(Self.summary)
                    #expect(pruned == exhaustive, "\"\(text)\" at limit \(limit)")
                }
            }
        }
    }

    private static func summary(_ score: IntentScore) -> String {
        "\(score.intent) \(score.score) \(score.byPattern) \(score.evidence) \(score.evidenceLocation)"
    }

    /// Every example and title (or `limit` of them drawn at random), each one cut short, pairs
    /// run together, and seeded jumbles of their words, some with a word no intent uses.
    private static func messages(from knowledge: KnowledgeBase, seed: UInt64, texts limit: Int = .max) -> [String] {
        let all = knowledge.intentIDs.compactMap { knowledge.intents[$0] }.flatMap { $0.examples.map(\.value) + [$0.title] }
        var random = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let texts = all.count <= limit ? all : (0..<limit).map { _ in pick(all) }
        let words = texts.flatMap { $0.split(separator: " ").map(String.init) }
        var messages = texts
        messages += texts.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        messages += (0..<150).map { _ in pick(texts) + " " + pick(texts) }
        messages += (0..<300).map { _ in
            (0..<(1 + Int(random.next() % 7))).map { _ in pick(words) }.joined(separator: " ")
                + (random.next() % 3 == 0 ? " zorblat" : "")
        }
        messages += ["", "how are you", "the", "what is it about", "book a table for two tonight", "hello group therapy"]
        return messages
    }
}
