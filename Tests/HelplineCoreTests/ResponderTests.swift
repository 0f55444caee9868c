import Testing
@testable import HelplineCore

@Suite struct ResponderTests {
    let responder: Responder

    init() throws {
        responder = try Responder.minimal()
    }

    @Test func patternMatchAnswersWithTheVerbatimExcerpt() {
        let reply = responder.reply(to: "What is group therapy?").reply
        #expect(reply.intent == "group-therapy")
        #expect(reply.excerpt?.quote == "Group therapy brings people together to share what they are going through.")
        #expect(reply.excerpt?.title == "Sample Article")
        #expect(reply.explanation.plugin == "intent-matcher")
        #expect(reply.explanation.matched == "pattern: * what is group @therapy *")
        #expect(reply.explanation.source?.hasSuffix("group-therapy.yaml:4:5") == true)
        #expect(reply.confidence > 0.9)
        #expect(reply.suggestions == [Suggestion(id: "virtual", title: "Virtual sessions")])
    }

    @Test func examplesMatchDespiteTyposAndVariants() {
        #expect(responder.intent(of: "tell me about group theraphy") == "group-therapy")
        #expect(responder.intent(of: "How does a counselling group work") == "group-therapy")
    }

    @Test func everyReplyButSmallTalkCarriesTheHelpline() {
        for message in ["what is group therapy", "can I join from home", "order a pizza", "can someone call me"] {
            let reply = responder.reply(to: message).reply
            #expect(reply.actions.contains { $0.tel == "+15550100" }, "\(message)")
        }
        #expect(responder.reply(to: "hello").reply.actions.isEmpty)
    }

    @Test func offerEscalationAppendsTheOffer() {
        let reply = responder.reply(to: "is there online therapy").reply
        #expect(reply.intent == "virtual")
        #expect(reply.escalation == .offer)
        #expect(reply.text.contains("Call us at 555-0100."))
        #expect(reply.asksForCallback)
    }

    @Test func handoffIntentsOpenAHandoff() {
        let reply = responder.reply(to: "I want to talk to a person").reply
        #expect(reply.escalation == .handoff)
        #expect(reply.handoff?.priority == .normal)
        #expect(reply.text.contains("Test Clinic will call you back"))
    }

    @Test func smallTalkLosesToARealQuestion() {
        #expect(responder.intent(of: "hello") == "hello")
        #expect(responder.intent(of: "hello, what is group therapy") == "group-therapy")
    }

    @Test func outOfScopeFallsBackHonestly() {
        let reply = responder.reply(to: "what's the weather in Paris").reply
        #expect(reply.intent == Reply.BuiltIn.fallback)
        #expect(reply.text.contains("not sure"))
        #expect(reply.explanation.plugin == "fallback")
    }

    @Test func secondFallbackInARowOffersACallBack() {
        var chat = Conversation(responder)
        let first = chat.say("order a pizza", expect: Reply.BuiltIn.fallback)
        #expect(!first.asksForCallback)
        let second = chat.say("what's the capital of peru", expect: Reply.BuiltIn.fallback, contains: "call you back")
        #expect(second.asksForCallback)
        chat.say("yes", expect: "talk-to-person", escalation: .handoff)
    }

    @Test func declinedCallBackIsAcknowledged() {
        var chat = Conversation(responder)
        chat.say("can I join from home", expect: "virtual")
        chat.say("no thanks", expect: Reply.BuiltIn.callbackDeclined, escalation: Escalation.none, contains: "That's fine")
        chat.say("yes", expect: Reply.BuiltIn.fallback)
    }

    @Test func followUpQuestionAfterAnAnswer() {
        var chat = Conversation(responder)
        chat.say("what is group therapy", expect: "group-therapy")
        chat.say("is it online?", expect: "virtual")
    }

    @Test func articleSearchQuotesAPassageOnlyWhenItClearlyFits() throws {
        let reply = responder.reply(to: "which situations dial up cravings").reply
        #expect(reply.explanation.plugin == "article-search")
        #expect(reply.intent == Reply.BuiltIn.articleSearch)
        #expect(reply.excerpt?.quote == "Cognitive sessions help people recognise the situations that dial up cravings.")
        #expect(responder.intent(of: "which situations dial up the stock market") == Reply.BuiltIn.fallback)
    }

    @Test func closeScoresAskWhichWasMeant() throws {
        let fixture = try Fixture()
        try fixture.write("virtual.yaml", """
            id: virtual
            title: Remote attendance
            examples:
              - group sessions from home
            answer: { text: Virtual sessions are available. }

            """)
        try fixture.write("group-therapy.yaml", """
            id: group-therapy
            title: Meeting in the clinic
            examples:
              - group sessions downtown
            answer: { text: Group therapy brings people together. }

            """)
        try fixture.write("tests/basic.yaml", "conversations: []\n")
        let responder = try IntentLoader(verifyExamples: false).load(directory: fixture.path)
        let reply = responder.reply(to: "group sessions").reply
        #expect(reply.intent == Reply.BuiltIn.ambiguous)
        #expect(Set(reply.suggestions.map(\.id)) == ["virtual", "group-therapy"])
        #expect(reply.text == "Did you mean one of these?")
    }

    @Test func conversationTestsOfTheFixturePass() throws {
        #expect(ConversationTestRunner(responder: responder).run().isEmpty)
    }

    @Test func aFailingConversationTestSaysWhatWentWrong() throws {
        let fixture = try Fixture()
        try fixture.write("tests/basic.yaml", """
            conversations:
              - name: wrong
                turns:
                  - say: hello
                    expect: { intent: virtual, contains: ["nothing like this"] }

            """)
        let failures = ConversationTestRunner(responder: try fixture.load()).run()
        #expect(failures.map { $0.description.replacingOccurrences(of: fixture.path, with: "intents") } == [
            "intents/tests/basic.yaml:4:9: error: conversation 'wrong', turn \"hello\": expected intent 'virtual', got 'hello'; reply does not contain \"nothing like this\""
        ])
    }
}

import Foundation
