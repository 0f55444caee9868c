import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct RetentionTests {
    @Test(arguments: Backend.all) func purgeDeletesOldConversationsButKeepsThoseWithActiveHandoffs(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let old = Fixture.start
            let recent = Fixture.days(40)
            let cutoff = Fixture.days(30)

            // Old, answered only: purged.
            let plain = try await temporary.say("what is group therapy", reply: Fixture.answer(), at: old)
            try await temporary.say("thanks", in: plain.conversationID, reply: Fixture.answer("thanks"), at: old)

            // Old, handoff closed after a delivered notification: purged with all of it.
            let closed = try await temporary.say("call me", reply: Fixture.handoff(), at: old)
            let closedHandoff = try #require(closed.handoff)
            let notification = try #require(try await store.notifications(ofHandoff: closedHandoff.id).first)
            try await store.recordDelivery(
                outboxID: notification.id, at: old, succeeded: true, statusCode: 200, error: nil, nextAttemptAt: nil)
            try await store.updateHandoff(closedHandoff.id, status: .closed, note: nil, by: "pat", at: Fixture.days(1))

            // Old, no-contact: purged.
            let unreachable = try await temporary.say("call me", reply: Fixture.handoff(), at: old)
            try await store.updateHandoff(
                try #require(unreachable.handoff?.id), status: .noContact, note: nil, by: "pat", at: Fixture.days(1))

            // Old, still open, and old with a closed and a contacted handoff: kept whole.
            let open = try await temporary.say("I want to end it all", reply: Fixture.handoff(
                "crisis", reason: "crisis", priority: .urgent, crisis: .suicidal), at: old)
            try await temporary.say("thanks", in: open.conversationID, reply: Fixture.answer("thanks"), at: old)
            let contacted = try await temporary.say("call me", reply: Fixture.handoff(), at: old)
            try await store.updateHandoff(
                try #require(contacted.handoff?.id), status: .contacted, note: nil, by: "pat", at: Fixture.days(1))
            let second = try await temporary.say(
                "call me again", in: contacted.conversationID, reply: Fixture.handoff(), at: old)
            try await store.updateHandoff(
                try #require(second.handoff?.id), status: .closed, note: nil, by: "pat", at: Fixture.days(1))

            // Recent, closed: kept.
            let fresh = try await temporary.say("call me", reply: Fixture.handoff(), at: recent)
            try await store.updateHandoff(try #require(fresh.handoff?.id), status: .closed, note: nil, by: "pat", at: recent)

            let result = try await store.purge(olderThan: cutoff)

            #expect(result == PurgeResult(
                conversations: 3, turns: 4, handoffs: 2, notifications: 2, deliveryAttempts: 1, keptForActiveHandoffs: 2))
            for gone in [plain, closed, unreachable] {
                #expect(try await store.conversationExists(gone.conversationID) == false)
            }
            #expect(try await store.conversationCount() == 3)
            #expect(try await store.turns(of: open.conversationID).count == 2)
            #expect(try await store.handoffs(of: open.conversationID).map(\.status) == [.open])
            #expect(try await store.handoffs(of: contacted.conversationID).map(\.status) == [.contacted, .closed])
            #expect(try await store.turns(of: fresh.conversationID).count == 1)
            #expect(try await store.notifications(ofHandoff: closedHandoff.id).isEmpty)
            #expect(try await store.deliveryAttempts(outboxID: notification.id).isEmpty)
            // The open crisis handoff's notification is still waiting for the worker.
            let due = try await store.dueNotifications(at: recent, limit: 10)
            #expect(due.contains { $0.handoffID == open.handoff?.id })
        }
    }

    @Test(arguments: Backend.all) func purgeOfAnEmptyOrRecentStoreDeletesNothing(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            #expect(try await temporary.store.purge(olderThan: Fixture.days(1)) == PurgeResult())
            try await temporary.say("hello", reply: Fixture.answer("greeting"), at: Fixture.days(2))
            #expect(try await temporary.store.purge(olderThan: Fixture.days(1)) == PurgeResult())
            #expect(try await temporary.store.conversationCount() == 1)
        }
    }

    @Test(arguments: Backend.all) func purgedConversationIsNotFoundAfterwards(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let recorded = try await temporary.say("hello", reply: Fixture.answer("greeting"))
            _ = try await temporary.store.purge(olderThan: Fixture.days(1))
            await #expect(throws: StoreError.notFound("")) {
                try await temporary.say("are you there", in: recorded.conversationID, reply: Fixture.answer())
            }
        }
    }
}

extension RetentionTests {
    @Test(arguments: Backend.all) func purgeKeepsTheAuditLogAndStaffAccounts(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let (pat, token) = try await store.addStaff(name: "pat", at: Fixture.start)
            _ = try await store.addStaff(name: "lee", at: Fixture.start)
            try await store.revokeStaff(name: "lee", at: Fixture.days(1))
            let old = try await temporary.say("what is group therapy", reply: Fixture.answer(), at: Fixture.start)
            try await store.recordAudit(
                staff: "pat", action: "transcript.read", targets: [old.conversationID.uuidString.lowercased()],
                detail: nil, at: Fixture.start)
            let staffBefore = try await store.listStaff()
            let logBefore = try await store.auditLog(limit: 10)

            let result = try await store.purge(olderThan: Fixture.days(30))

            #expect(result.conversations == 1)
            #expect(try await store.conversationExists(old.conversationID) == false)
            #expect(try await store.auditLog(limit: 10) == logBefore)
            #expect(logBefore.count == 1)
            #expect(try await store.listStaff() == staffBefore)
            #expect(try await store.authenticate(token: token) == pat)
        }
    }
}
