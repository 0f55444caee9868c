import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct HandoffTests {
    @Test(arguments: Backend.all) func callbackIsStoredOnTheOpenHandoff(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say("can someone call me", reply: Fixture.handoff())
            let opened = try #require(recorded.handoff)

            let handoff = try await store.recordCallback(
                conversation: recorded.conversationID, name: "Sam", phone: "555-0100", bestTime: "after 5pm",
                at: Fixture.minutes(2))

            #expect(handoff.id == opened.id)
            #expect(handoff.status == .open)
            #expect(handoff.callback == StoredHandoff.Callback(
                name: "Sam", phone: "555-0100", bestTime: "after 5pm", consentAt: Fixture.minutes(2)))
            #expect(handoff.updatedAt == Fixture.minutes(2))
            #expect(try await store.handoffs(of: recorded.conversationID) == [handoff])

            // Staff hear that a number is waiting; the notification carries no number or name.
            let events = try await store.notifications(ofHandoff: handoff.id)
            #expect(events.map(\.event) == [OutboxItem.Event.handoffOpened, OutboxItem.Event.callbackRecorded])
            #expect(events.allSatisfy { !$0.payload.contains("555-0100") && !$0.payload.contains("Sam") })
        }
    }

    @Test(arguments: Backend.all) func callbackGoesToTheMostRecentOpenHandoff(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let first = try await temporary.say("call me", reply: Fixture.handoff())
            let id = first.conversationID
            let second = try await temporary.say(
                "how do I start treatment", in: id, reply: Fixture.handoff("start-treatment", reason: "wants to start"),
                at: Fixture.minutes(1))
            let handoff = try await store.recordCallback(
                conversation: id, name: nil, phone: "555-0101", bestTime: nil, at: Fixture.minutes(2))
            #expect(handoff.id == second.handoff?.id)
            let stored = try await store.handoffs(of: id)
            #expect(stored.map(\.id) == [first.handoff?.id, second.handoff?.id])
            #expect(stored.first?.callback == nil)
        }
    }

    @Test(arguments: Backend.all) func callbackWithoutAnOpenHandoffOpensOne(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say("what is group therapy", reply: Fixture.answer())

            let handoff = try await store.recordCallback(
                conversation: recorded.conversationID, name: nil, phone: "555-0102", bestTime: nil,
                at: Fixture.minutes(3))

            #expect(handoff.reason == StoredHandoff.callbackReason)
            #expect(handoff.priority == .normal)
            #expect(handoff.status == .open)
            #expect(handoff.turnID == nil)
            #expect(handoff.intent == "what-is-group-therapy")
            #expect(handoff.callback?.phone == "555-0102")
            #expect(handoff.callback?.consentAt == Fixture.minutes(3))
            #expect(try await store.handoffs(of: recorded.conversationID) == [handoff])

            let due = try await store.dueNotifications(at: Fixture.minutes(3), limit: 10)
            #expect(due.map(\.event) == [OutboxItem.Event.handoffOpened])
            #expect(due.map(\.handoffID) == [handoff.id])
            let conversation = try #require(try await store.conversation(recorded.conversationID))
            #expect(conversation.updatedAt == Fixture.minutes(3))
        }
    }

    @Test(arguments: Backend.all) func callbackAfterTheHandoffWasClosedOpensANewOne(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say("call me", reply: Fixture.handoff())
            let closed = try #require(recorded.handoff)
            try await store.updateHandoff(closed.id, status: .closed, note: "left a message", by: "pat", at: Fixture.minutes(1))

            let handoff = try await store.recordCallback(
                conversation: recorded.conversationID, name: nil, phone: "555-0103", bestTime: nil, at: Fixture.minutes(5))
            #expect(handoff.id != closed.id)
            #expect(try await store.handoffs(of: recorded.conversationID).map(\.status) == [.closed, .open])
        }
    }

    @Test(arguments: Backend.all) func staffUpdateChangesStatusAndNote(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say("call me", reply: Fixture.handoff())
            let id = try #require(recorded.handoff?.id)

            let contacted = try await store.updateHandoff(id, status: .contacted, note: "spoke briefly", by: "pat", at: Fixture.minutes(10))
            #expect(contacted.status == .contacted)
            #expect(contacted.note == "spoke briefly")
            #expect(contacted.updatedBy == "pat")
            #expect(contacted.updatedAt == Fixture.minutes(10))

            let closed = try await store.updateHandoff(id, status: .closed, note: nil, by: "lee", at: Fixture.minutes(20))
            #expect(closed.note == "spoke briefly")
            #expect(closed.updatedBy == "lee")

            await #expect(throws: StoreError.notFound("")) {
                try await store.updateHandoff(UUID(), status: .closed, note: nil, by: "pat", at: Fixture.start)
            }
        }
    }
}
