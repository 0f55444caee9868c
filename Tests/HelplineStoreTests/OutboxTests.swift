import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct OutboxTests {
    /// Opens a handoff at `date` and returns its one notification.
    private func openHandoff(_ temporary: TemporaryStore, at date: Date = Fixture.start) async throws -> OutboxItem {
        let recorded = try await temporary.say("call me", reply: Fixture.handoff(), at: date)
        let handoff = try #require(recorded.handoff)
        return try #require(try await temporary.store.notifications(ofHandoff: handoff.id).first)
    }

    @Test(arguments: Backend.all) func notificationIsDueFromTheMomentItIsQueued(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let item = try await openHandoff(temporary)
            #expect(try await temporary.store.dueNotifications(at: Fixture.minutes(-1), limit: 10).isEmpty)
            #expect(try await temporary.store.dueNotifications(at: Fixture.start, limit: 10) == [item])
        }
    }

    @Test(arguments: Backend.all) func dueNotificationsComeOldestFirstUpToTheLimit(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let third = try await openHandoff(temporary, at: Fixture.minutes(2))
            let first = try await openHandoff(temporary, at: Fixture.start)
            let second = try await openHandoff(temporary, at: Fixture.minutes(1))
            let store = temporary.store
            #expect(try await store.dueNotifications(at: Fixture.minutes(5), limit: 10).map(\.id) == [first.id, second.id, third.id])
            #expect(try await store.dueNotifications(at: Fixture.minutes(5), limit: 2).map(\.id) == [first.id, second.id])
            #expect(try await store.dueNotifications(at: Fixture.minutes(1), limit: 10).map(\.id) == [first.id, second.id])
        }
    }

    @Test(arguments: Backend.all) func failedDeliveryIsRetriedAtTheGivenTimeThenDelivered(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let item = try await openHandoff(temporary)

            try await store.recordDelivery(
                outboxID: item.id, at: Fixture.minutes(0.5), succeeded: false, statusCode: 503, error: "service unavailable",
                nextAttemptAt: Fixture.minutes(2))
            #expect(try await store.dueNotifications(at: Fixture.minutes(1), limit: 10).isEmpty)
            let retry = try #require(try await store.dueNotifications(at: Fixture.minutes(2), limit: 10).first)
            #expect(retry.id == item.id)
            #expect(retry.attempts == 1)
            #expect(retry.lastError == "service unavailable")
            #expect(retry.deliveredAt == nil)

            try await store.recordDelivery(
                outboxID: item.id, at: Fixture.minutes(2), succeeded: true, statusCode: 200, error: nil, nextAttemptAt: nil)
            #expect(try await store.dueNotifications(at: Fixture.days(1), limit: 10).isEmpty)
            let delivered = try #require(try await store.notifications(ofHandoff: item.handoffID).first)
            #expect(delivered.attempts == 2)
            #expect(delivered.deliveredAt == Fixture.minutes(2))
            #expect(delivered.nextAttemptAt == nil)

            let attempts = try await store.deliveryAttempts(outboxID: item.id)
            #expect(attempts.map(\.succeeded) == [false, true])
            #expect(attempts.map(\.statusCode) == [503, 200])
            #expect(attempts.map(\.error) == ["service unavailable", nil])
            #expect(attempts.map(\.attemptedAt) == [Fixture.minutes(0.5), Fixture.minutes(2)])
            #expect(attempts.allSatisfy { $0.outboxID == item.id })
        }
    }

    @Test(arguments: Backend.all) func failureWithoutNextAttemptStopsRetrying(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let item = try await openHandoff(temporary)
            try await store.recordDelivery(
                outboxID: item.id, at: Fixture.minutes(1), succeeded: false, statusCode: nil, error: nil, nextAttemptAt: nil)
            #expect(try await store.dueNotifications(at: Fixture.days(30), limit: 10).isEmpty)
            let given = try #require(try await store.notifications(ofHandoff: item.handoffID).first)
            #expect(given.deliveredAt == nil)
            #expect(given.attempts == 1)
            #expect(given.lastError == "delivery failed")
        }
    }

    @Test(arguments: Backend.all) func deliveryOfAnUnknownNotificationIsNotFound(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            await #expect(throws: StoreError.notFound("")) {
                try await temporary.store.recordDelivery(
                    outboxID: 42, at: Fixture.start, succeeded: true, statusCode: 200, error: nil, nextAttemptAt: nil)
            }
            let attempts = try await temporary.store.deliveryAttempts(outboxID: 42)
            #expect(attempts.isEmpty)
        }
    }
}
