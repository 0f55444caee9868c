import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

/// A call-back number typed in the chat and confirmed with a yes is stored by the turn itself,
/// in its transaction, exactly as the call-back form stores one; asked back, it is not.
@Suite struct TypedCallbackTests {
    static func reply(_ phone: String, consented: Bool) -> Reply {
        Reply(
            text: consented ? "Thank you." : "Shall we call?", intent: consented ? "callback-confirmed" : "callback-confirm",
            confidence: 1, escalation: .handoff, callback: CallbackDetails(phone: phone, consented: consented),
            explanation: Explanation(plugin: "follow-up", score: 1))
    }

    @Test(arguments: Backend.all) func aConfirmedNumberLandsOnTheOpenHandoffWithItsConsent(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let first = try await temporary.say("can i talk to a person", reply: Fixture.handoff())
            let id = first.conversationID
            let asked = try await temporary.say("my number is 555 201 3344", in: id, reply: Self.reply("5552013344", consented: false),
                                                at: Fixture.minutes(1))
            #expect(asked.state.pendingCallbackPhone == "5552013344")
            #expect(try await store.handoffs(of: id).first?.callback == nil, "asked back, not yet stored")

            let confirmed = try await temporary.say("yes", in: id, reply: Self.reply("5552013344", consented: true), at: Fixture.minutes(2))
            #expect(confirmed.state.pendingCallbackPhone == nil)
            let handoffs = try await store.handoffs(of: id)
            #expect(handoffs.count == 1, "the handoff the request opened, not a second one")
            let callback = try #require(handoffs.first?.callback)
            #expect(callback.phone == "5552013344")
            #expect(callback.consentAt == Fixture.minutes(2))
            let notifications = try await store.notifications(ofHandoff: try #require(handoffs.first).id)
            #expect(notifications.map(\.event).contains(OutboxItem.Event.callbackRecorded))
        }
    }

    @Test(arguments: Backend.all) func withoutAnOpenHandoffTheNumberOpensOne(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try await temporary.say("how much is it", reply: Fixture.offer())
            _ = try await temporary.say("yes", in: first.conversationID, reply: Self.reply("+442079460958", consented: true),
                                        at: Fixture.minutes(1))
            let handoff = try #require(try await temporary.store.handoffs(of: first.conversationID).first)
            #expect(handoff.reason == StoredHandoff.callbackReason)
            #expect(handoff.callback?.phone == "+442079460958")
        }
    }
}
