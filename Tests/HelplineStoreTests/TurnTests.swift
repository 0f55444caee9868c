import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct TurnTests {
    @Test(arguments: Backend.all) func firstMessageStartsAConversationAndRecordsTheTurn(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say("what is group therapy", reply: Fixture.answer())

            #expect(recorded.sequence == 1)
            #expect(recorded.state.turns == 1)
            #expect(recorded.state.lastIntent == "what-is-group-therapy")
            #expect(recorded.handoff == nil)
            #expect(try await store.conversationCount() == 1)
            #expect(try await store.conversationExists(recorded.conversationID))

            let turns = try await store.turns(of: recorded.conversationID)
            #expect(turns.count == 1)
            let turn = try #require(turns.first)
            #expect(turn.conversationID == recorded.conversationID)
            #expect(turn.sequence == 1)
            #expect(turn.message == "what is group therapy")
            #expect(turn.replyText == "Group therapy brings people together.")
            #expect(turn.intent == "what-is-group-therapy")
            #expect(turn.plugin == "intent-matcher")
            #expect(turn.confidence == 0.9)
            #expect(turn.escalation == .none)
            #expect(turn.excerptArticle == "group-therapy-during-recovery")
            #expect(turn.createdAt == Fixture.start)

            let conversation = try #require(try await store.conversation(recorded.conversationID))
            #expect(conversation.state == recorded.state)
            #expect(conversation.turnCount == 1)
            #expect(conversation.createdAt == Fixture.start)
        }
    }

    @Test(arguments: Backend.all) func laterMessagesContinueFromTheStoredState(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try await temporary.say("hello", reply: Fixture.answer("greeting"))
            let second = try await temporary.store.respond(
                conversation: first.conversationID, message: "what is group therapy", at: Fixture.minutes(1)
            ) { state in
                // The responder sees what the first turn left.
                let reply = Fixture.answer(text: "last intent was \(state.lastIntent ?? "none")")
                return (reply, state.after(reply))
            }
            #expect(second.conversationID == first.conversationID)
            #expect(second.sequence == 2)
            #expect(second.reply.text == "last intent was greeting")
            let conversation = try #require(try await temporary.store.conversation(first.conversationID))
            #expect(conversation.updatedAt == Fixture.minutes(1))
            #expect(conversation.createdAt == Fixture.start)
        }
    }

    @Test(arguments: Backend.all) func conversationKeepsTheHighestEscalationReached(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try await temporary.say("I want to talk to someone", reply: Fixture.handoff())
            try await temporary.say("thanks", in: first.conversationID, reply: Fixture.answer("thanks"))
            let conversation = try #require(try await temporary.store.conversation(first.conversationID))
            #expect(conversation.escalation == .handoff)
            #expect(try await temporary.store.turns(of: first.conversationID).map(\.escalation) == [.handoff, .none])
        }
    }

    @Test(arguments: Backend.all) func turnAndHandoffAreWrittenTogether(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say(
                "I want to end it all", reply: Fixture.handoff("crisis", reason: "crisis: suicidal thoughts",
                                                               priority: .urgent, crisis: .suicidal))

            let handoff = try #require(recorded.handoff)
            let turn = try #require(try await store.turns(of: recorded.conversationID).first)
            #expect(try await store.handoffs(of: recorded.conversationID) == [handoff])
            #expect(handoff.conversationID == recorded.conversationID)
            #expect(handoff.turnID == turn.id)
            #expect(handoff.reason == "crisis: suicidal thoughts")
            #expect(handoff.intent == "crisis")
            #expect(handoff.priority == .urgent)
            #expect(handoff.crisisCategory == .suicidal)
            #expect(handoff.status == .open)
            #expect(handoff.callback == nil)
            #expect(handoff.createdAt == Fixture.start)

            let notifications = try await store.notifications(ofHandoff: handoff.id)
            #expect(notifications.count == 1)
            let notification = try #require(notifications.first)
            #expect(notification.event == OutboxItem.Event.handoffOpened)
            #expect(notification.attempts == 0)
            #expect(notification.deliveredAt == nil)
            #expect(notification.nextAttemptAt == Fixture.start)
            let payload = try JSONDecoder().decode(HandoffNotification.self, from: Data(notification.payload.utf8))
            #expect(payload == HandoffNotification(
                handoffId: handoff.id, conversationId: recorded.conversationID, reason: "crisis: suicidal thoughts",
                priority: .urgent, crisisCategory: .suicidal, intent: "crisis"))
            #expect(!notification.payload.contains("end it all"))
            #expect(try await store.dueNotifications(at: Fixture.start, limit: 10) == [notification])
        }
    }

    @Test(arguments: Backend.all) func replyWithoutHandoffWritesNoHandoffAndNoNotification(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let recorded = try await temporary.say("what is group therapy", reply: Fixture.answer())
            #expect(recorded.handoff == nil)
            #expect(try await temporary.store.turns(of: recorded.conversationID).count == 1)
            #expect(try await temporary.store.handoffs(of: recorded.conversationID).isEmpty)
            #expect(try await temporary.store.dueNotifications(at: Fixture.days(1), limit: 10).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func concurrentMessagesOfOneConversationAreRecordedInOrder(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let first = try await temporary.say("message 0", reply: Fixture.answer())
            let id = first.conversationID

            // Each responder call numbers its reply from the state it was given; if two calls
            // saw the same state, or a state out of order, two replies would share a number or
            // disagree with their stored sequence.
            let recorded = try await withThrowingTaskGroup(of: RecordedTurn.self) { group in
                for n in 1...50 {
                    group.addTask {
                        try await store.respond(conversation: id, message: "message \(n)", at: Fixture.minutes(Double(n))) {
                            state in
                            let reply = Fixture.answer(text: "turn \(state.turns + 1)")
                            return (reply, state.after(reply))
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            #expect(Set(recorded.map(\.sequence)) == Set(2...51))
            for turn in recorded {
                #expect(turn.state.turns == turn.sequence)
                #expect(turn.reply.text == "turn \(turn.sequence)")
            }
            let stored = try await store.turns(of: id)
            #expect(stored.map(\.sequence) == Array(1...51))
            #expect(stored.dropFirst().allSatisfy { $0.replyText == "turn \($0.sequence)" })
            #expect(Set(stored.map(\.message)) == Set((0...50).map { "message \($0)" }))
            let conversation = try #require(try await store.conversation(id))
            #expect(conversation.turnCount == 51)
            #expect(conversation.state.turns == 51)
        }
    }

    @Test(arguments: Backend.all) func unknownConversationIsNotFound(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let unknown = UUID()
            #expect(try await store.conversationExists(unknown) == false)
            #expect(try await store.conversation(unknown) == nil)
            let error = await #expect(throws: StoreError.self) {
                try await temporary.say("hello", in: unknown, reply: Fixture.answer())
            }
            #expect(error?.code == .notFound)
            let count = try await store.conversationCount()
            #expect(count == 0)
            await #expect(throws: StoreError.notFound("")) { try await store.turns(of: unknown) }
            await #expect(throws: StoreError.notFound("")) { try await store.handoffs(of: unknown) }
            await #expect(throws: StoreError.notFound("")) {
                try await store.recordCallback(conversation: unknown, name: nil, phone: "555-0100", bestTime: nil, at: Fixture.start)
            }
        }
    }
}
