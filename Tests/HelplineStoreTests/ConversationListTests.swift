import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct ConversationListTests {
    @Test(arguments: Backend.all) func conversationsAreListedByLatestActivityNewestFirst(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let early = try await temporary.say("hello", reply: Fixture.answer("greeting"), at: Fixture.minutes(1))
            let late = try await temporary.say("what is MAT", reply: Fixture.offer(), at: Fixture.minutes(2))
            // A later message makes the early conversation the most recent.
            try await temporary.say("what is group therapy", in: early.conversationID, reply: Fixture.answer(), at: Fixture.minutes(3))

            let listed = try await store.listConversations(escalatedOnly: false, since: nil, limit: 10)
            #expect(listed == [
                ConversationSummary(
                    id: early.conversationID, createdAt: Fixture.minutes(1), updatedAt: Fixture.minutes(3), turnCount: 2,
                    escalation: .none, openHandoffs: 0),
                ConversationSummary(
                    id: late.conversationID, createdAt: Fixture.minutes(2), updatedAt: Fixture.minutes(2), turnCount: 1,
                    escalation: .offer, openHandoffs: 0),
            ])
            #expect(try await store.listConversations(escalatedOnly: false, since: nil, limit: 1).map(\.id) == [early.conversationID])
            #expect(try await store.listConversations(escalatedOnly: false, since: nil, limit: 0).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func escalatedOnlyKeepsConversationsThatReachedAHandoffOrAnEmergency(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            _ = try await temporary.say("hello", reply: Fixture.answer("greeting"), at: Fixture.minutes(1))
            _ = try await temporary.say("what is MAT", reply: Fixture.offer(), at: Fixture.minutes(2))
            let handoff = try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.minutes(3))
            let crisis = try await temporary.say(
                "I took too much", reply: Fixture.handoff("crisis", reason: "crisis", priority: .urgent, crisis: .overdose),
                at: Fixture.minutes(4))
            // A call-back request opens a handoff without an escalating reply: staff still owe a call.
            let callback = try await temporary.say("what is group therapy", reply: Fixture.answer(), at: Fixture.minutes(5))
            try await store.recordCallback(
                conversation: callback.conversationID, name: nil, phone: "555-0100", bestTime: nil, at: Fixture.minutes(6))

            let listed = try await store.listConversations(escalatedOnly: true, since: nil, limit: 10)
            #expect(listed.map(\.id) == [callback.conversationID, crisis.conversationID, handoff.conversationID])
            #expect(listed.map(\.escalation) == [.none, .emergency, .handoff])
            #expect(listed.map(\.openHandoffs) == [1, 1, 1])
        }
    }

    @Test(arguments: Backend.all) func openHandoffsCountOpenAndContactedOnly(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let first = try await temporary.say("call me", reply: Fixture.handoff())
            let id = first.conversationID
            let second = try await temporary.say("call me please", in: id, reply: Fixture.handoff(), at: Fixture.minutes(1))
            let third = try await temporary.say("are you there", in: id, reply: Fixture.handoff(), at: Fixture.minutes(2))
            try await store.updateHandoff(try #require(first.handoff?.id), status: .closed, note: nil, by: "pat", at: Fixture.minutes(5))
            try await store.updateHandoff(try #require(second.handoff?.id), status: .contacted, note: nil, by: "pat", at: Fixture.minutes(5))
            #expect(third.handoff?.status == .open)

            let summary = try #require(try await store.listConversations(escalatedOnly: true, since: nil, limit: 10).first)
            #expect(summary.openHandoffs == 2)
            #expect(summary.turnCount == 3)

            try await store.updateHandoff(try #require(second.handoff?.id), status: .noContact, note: nil, by: "pat", at: Fixture.minutes(6))
            try await store.updateHandoff(try #require(third.handoff?.id), status: .closed, note: nil, by: "pat", at: Fixture.minutes(6))
            // Done with, but it escalated: still listed.
            let done = try await store.listConversations(escalatedOnly: true, since: nil, limit: 10)
            #expect(done.map(\.openHandoffs) == [0])
        }
    }

    @Test(arguments: Backend.all) func sinceKeepsConversationsActiveFromThatMomentOn(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let old = try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.days(1))
            let edge = try await temporary.say("hello", reply: Fixture.answer("greeting"), at: Fixture.days(2))
            let recent = try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.days(3))
            // Old conversation, recent message: it counts as recent.
            let revived = try await temporary.say("hello", reply: Fixture.answer("greeting"), at: Fixture.days(0))
            try await temporary.say("call me", in: revived.conversationID, reply: Fixture.handoff(), at: Fixture.days(4))

            #expect(try await store.listConversations(escalatedOnly: false, since: Fixture.days(2), limit: 10).map(\.id)
                == [revived.conversationID, recent.conversationID, edge.conversationID])
            #expect(try await store.listConversations(escalatedOnly: true, since: Fixture.days(2), limit: 10).map(\.id)
                == [revived.conversationID, recent.conversationID])
            #expect(try await store.listConversations(escalatedOnly: true, since: nil, limit: 10).map(\.id)
                == [revived.conversationID, recent.conversationID, old.conversationID])
            #expect(try await store.listConversations(escalatedOnly: false, since: Fixture.days(5), limit: 10).isEmpty)
        }
    }
}
