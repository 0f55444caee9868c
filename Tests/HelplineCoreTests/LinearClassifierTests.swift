import Testing
@testable import HelplineCore

/// The classifier trained from the topic examples at load time.
@Suite struct LinearClassifierTests {
    @Test func itLearnsWhichWordsBelongToWhichIntent() throws {
        let examples: [(intent: Int, features: [String])] = [
            (0, LinearClassifier.features(stems: ["online", "group"], concepts: [])),
            (0, LinearClassifier.features(stems: ["video", "session"], concepts: [])),
            (1, LinearClassifier.features(stems: ["cost", "price"], concepts: [])),
            (1, LinearClassifier.features(stems: ["insurance", "price"], concepts: [])),
        ]
        let classifier = try #require(LinearClassifier(labels: ["virtual", "cost"], examples: examples))
        #expect(classifier.predict(["w:video"])?.intent == "virtual")
        #expect(classifier.predict(["w:insurance"])?.intent == "cost")
        #expect(classifier.predict(["w:pizza"]) == nil, "no known feature, no guess")
    }

    @Test func trainingIsDeterministic() throws {
        let examples: [(intent: Int, features: [String])] = (0..<40).map { ($0 % 3, ["w:a\($0 % 7)", "w:b\($0 % 5)"]) }
        let first = try #require(LinearClassifier(labels: ["x", "y", "z"], examples: examples))
        let second = try #require(LinearClassifier(labels: ["x", "y", "z"], examples: examples))
        for feature in ["w:a1", "w:b3", "w:a6"] {
            #expect(first.predict([feature])?.probability == second.predict([feature])?.probability)
        }
    }

    @Test func paraphrasesTheExamplesMissAreAnswered() throws {
        let responder = try Responder.shipped()
        let reply = responder.reply(to: "can i do the groups on my phone or computer").reply
        #expect(reply.intent == "virtual-options")
        #expect(reply.explanation.matched?.hasPrefix("classifier: virtual-options") == true)
    }

    @Test func everydayQuestionsStillFallBack() throws {
        let responder = try Responder.shipped()
        for message in ["order a pizza", "is fentanyl an opioid", "what is the weather tomorrow", "help me with my taxes"] {
            #expect(responder.intent(of: message) != "virtual-options" && responder.intent(of: message) != "worried-about-loved-one", "\(message)")
        }
        #expect(responder.intent(of: "order a pizza") == Reply.BuiltIn.fallback)
    }

    @Test func veryLargeIntentSetsSkipTraining() {
        let ids = (0...LinearClassifier.maximumClasses).map { "intent-\($0)" }
        #expect(LinearClassifier(labels: ids, examples: [(0, ["w:a"])]) == nil)
    }
}
