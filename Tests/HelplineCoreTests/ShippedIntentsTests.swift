import Foundation
import Testing
@testable import HelplineCore

/// The intents the product ships: they load, their conversation tests pass, and the safety
/// promises hold on them.
@Suite struct ShippedIntentsTests {
    let responder: Responder

    init() throws {
        responder = try Responder.shipped()
    }

    @Test func everyCatalogueIntentHasAFile() {
        let catalogue = [
            "what-is-group-therapy", "group-therapy-benefits", "group-therapy-effectiveness", "family-group-therapy",
            "virtual-options", "smart-recovery", "counselor-credentials", "therapy-types", "counseling-for-oud",
            "mat-program", "cravings-and-triggers", "outpatient-services", "contact", "talk-to-person",
            "worried-about-loved-one", "pain-medication-concern", "start-treatment", "cost-and-insurance",
            "locations-and-hours", "greeting", "thanks", "goodbye", "bot-identity", "capabilities", "crisis",
        ]
        #expect(Set(responder.knowledge.intentIDs) == Set(catalogue))
    }

    @Test func conversationTestsPass() {
        let failures = ConversationTestRunner(responder: responder).run()
        #expect(failures.isEmpty, "\(failures)")
        #expect(responder.knowledge.conversationTests.count >= 4)
    }

    @Test func everyNonSmallTalkReplyOffersTheHelpline() {
        for id in responder.knowledge.intentIDs {
            guard let intent = responder.knowledge.intents[id], intent.category == .topic, let example = intent.examples.first else { continue }
            let reply = responder.reply(to: example.value).reply
            #expect(reply.actions.contains { $0.tel == "+18559930960" }, "\(id)")
        }
    }

    @Test func theArticleSaysNothingOfCostSoTheAnswerSaysSo() {
        let reply = responder.reply(to: "how much does treatment cost").reply
        #expect(reply.intent == "cost-and-insurance")
        #expect(reply.excerpt == nil)
        #expect(reply.text.contains("855-993-0960"))
    }


}
