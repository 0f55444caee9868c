import Testing
@testable import HelplineCore

/// The topic classifier's everyday class and keyword-spotting patterns, on the shipped intents.
@Suite struct OutOfScopeTests {
    @Test func aWordOfThanksDoesNotDrownTheRequest() throws {
        let responder = try Responder.shipped()
        #expect(responder.intent(of: "could i speak with a real staff member please, thanks") == "talk-to-person")
        #expect(responder.intent(of: "thanks") == "thanks")
        #expect(responder.intent(of: "ok thank you so much") == "thanks")
        #expect(responder.intent(of: "bye") == "goodbye")
    }

    @Test func aKeywordPatternRanksLikeAnExample() throws {
        let knowledge = try Responder.shipped().knowledge
        let pattern = try #require(knowledge.smallTalkIndex.patterns.first { $0.pattern.source == "* (thank|thanks|thx|ty) *" })
        #expect(pattern.pattern.isKeywordSpot)
        #expect(IntentIndex.patternScore(pattern.pattern) < IntentIndex.exampleCeiling)
        let phrase = try #require(knowledge.topicIndex.patterns.first { $0.pattern.source.contains("give me a call") })
        #expect(!phrase.pattern.isKeywordSpot, "a phrase is a match, not a hint")
    }

    @Test func everydayRequestsNearOurWordsFallBack() throws {
        let responder = try Responder.shipped()
        for message in ["tell me my routing number", "how many vacation days do i have left", "what time is it in denver", "is fentanyl an opioid"] {
            #expect(responder.intent(of: message) == Reply.BuiltIn.fallback, "\(message)")
        }
    }

    @Test func theClassifierKnowsTheEverydayClass() throws {
        let knowledge = try Responder.shipped().knowledge
        let message = Message("add eggs and bread to my grocery list", knowledge: knowledge)
        #expect(IntentMatcherPlugin.classifierGuess(for: message, knowledge: knowledge)?.intent == OutOfScopeExamples.label)
        #expect(OutOfScopeExamples.texts.count > 2000)
    }
}
