import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

/// Edge cases both backends must treat alike.
@Suite struct StoreBehaviourTests {
    @Test(arguments: Backend.all) func anExpiredLeaseMakesAnItemClaimableAgain(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let recorded = try await temporary.say("call me", reply: Fixture.handoff())
            let handoff = try #require(recorded.handoff)
            let item = try #require(try await store.notifications(ofHandoff: handoff.id).first)

            let claimed = try await store.claimNotifications(at: Fixture.start, limit: 10, leaseUntil: Fixture.minutes(5))
            #expect(claimed == [item])
            // Leased: nobody else gets it, until the lease runs out.
            #expect(try await store.claimNotifications(at: Fixture.minutes(4), limit: 10, leaseUntil: Fixture.minutes(9)).isEmpty)
            #expect(try await store.dueNotifications(at: Fixture.minutes(4), limit: 10).isEmpty)
            let again = try await store.claimNotifications(at: Fixture.minutes(5), limit: 10, leaseUntil: Fixture.minutes(10))
            #expect(again.map(\.id) == [item.id])
            #expect(again.first?.nextAttemptAt == Fixture.minutes(5))
            // Once delivered it is never claimed again.
            try await store.recordDelivery(
                outboxID: item.id, at: Fixture.minutes(6), succeeded: true, statusCode: 200, error: nil, nextAttemptAt: nil)
            #expect(try await store.claimNotifications(at: Fixture.days(1), limit: 10, leaseUntil: Fixture.days(2)).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func claimsComeOldestFirstUpToTheLimit(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            var ids: [Int64] = []
            for minute in [2.0, 0, 1] {
                let handoff = try #require(try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.minutes(minute)).handoff)
                ids.append(try #require(try await temporary.store.notifications(ofHandoff: handoff.id).first).id)
            }
            let claimed = try await temporary.store.claimNotifications(at: Fixture.minutes(5), limit: 2, leaseUntil: Fixture.days(1))
            #expect(claimed.map(\.id) == [ids[1], ids[2]])
            #expect(try await temporary.store.claimNotifications(at: Fixture.minutes(5), limit: 0, leaseUntil: Fixture.days(1)).isEmpty)
        }
    }

    /// PostgreSQL gives back the very date a millisecond stands for; GRDB's text dates come
    /// back within a microsecond of it (floating point), so that is what both must do.
    @Test(arguments: Backend.all) func millisecondDatesReadBack(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let date = Date(timeIntervalSince1970: 1_764_215_719.123)
            let recorded = try await temporary.say("hello", reply: Fixture.handoff(), at: date)
            try await temporary.store.recordAudit(staff: "pat", action: "read", targets: [], detail: nil, at: date)
            let dates = [
                try await temporary.store.turns(of: recorded.conversationID).first?.createdAt,
                try await temporary.store.conversation(recorded.conversationID)?.updatedAt,
                try await temporary.store.handoffs(of: recorded.conversationID).first?.createdAt,
                try await temporary.store.auditLog(limit: 1).first?.at,
            ]
            for read in dates {
                let read = try #require(read)
                #expect(abs(read.timeIntervalSince(date)) < 0.000_001)
                if backend == .postgres { #expect(read == date) }
            }
            // Below the millisecond, both round to it.
            let rounded = try await temporary.say("again", in: recorded.conversationID, reply: Fixture.answer(), at: date.addingTimeInterval(0.0006))
            let later = try #require(try await temporary.store.turns(of: rounded.conversationID).last?.createdAt)
            #expect(abs(later.timeIntervalSince(date.addingTimeInterval(0.001))) < 0.000_001)
        }
    }

    @Test(arguments: Backend.all) func aMessageWithANULCharacterIsStillRecorded(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let recorded = try await temporary.say("help\u{0}me", reply: Fixture.handoff("crisis", reason: "crisis", priority: .urgent, crisis: .suicidal))
            let message = try #require(try await temporary.store.turns(of: recorded.conversationID).first?.message)
            // PostgreSQL's text cannot hold a NUL: U+FFFD takes its place. (SQLite, through
            // GRDB, keeps the text up to the NUL only.)
            #expect(message.hasPrefix("help"))
            if backend == .postgres { #expect(message == "help\u{FFFD}me") }
            #expect(recorded.handoff != nil)
        }
    }

    @Test(arguments: Backend.all) func aBatchWithTwoTurnsOfOneConversationRecordsThemInOrder(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try await temporary.say("hello", reply: Fixture.answer())
            let reply = Fixture.answer()
            let requests = (1...6).map { n in
                TurnRequest(conversation: n.isMultiple(of: 2) ? first.conversationID : nil, message: "m\(n)", date: Fixture.minutes(Double(n))) {
                    (reply, $0.after(reply))
                }
            }
            let results = try await temporary.store.respond(batch: requests)
            #expect(results.map { (try? $0.get())?.sequence } == [1, 2, 1, 3, 1, 4])
            #expect(try await temporary.store.turns(of: first.conversationID).map(\.message) == ["hello", "m2", "m4", "m6"])
        }
    }
}
