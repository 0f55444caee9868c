import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct HandoffQueueTests {
    /// Four handoffs: normal and urgent, opened early and late, in a mixed order.
    struct Queue {
        var normalEarly: StoredHandoff
        var urgentEarly: StoredHandoff
        var normalLate: StoredHandoff
        var urgentLate: StoredHandoff
    }

    func fill(_ temporary: TemporaryStore) async throws -> Queue {
        let crisis = Fixture.handoff("crisis", reason: "crisis", priority: .urgent, crisis: .overdose)
        let normalEarly = try #require(try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.minutes(1)).handoff)
        let urgentLate = try #require(try await temporary.say("overdose now", reply: crisis, at: Fixture.minutes(4)).handoff)
        let urgentEarly = try #require(try await temporary.say("overdose", reply: crisis, at: Fixture.minutes(2)).handoff)
        let normalLate = try #require(try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.minutes(3)).handoff)
        return Queue(normalEarly: normalEarly, urgentEarly: urgentEarly, normalLate: normalLate, urgentLate: urgentLate)
    }

    @Test(arguments: Backend.all) func urgentHandoffsComeFirstThenNewestFirst(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let queue = try await fill(temporary)
            let listed = try await temporary.store.listHandoffs(status: nil, priority: nil, limit: 10)
            #expect(listed.map(\.id) == [queue.urgentLate.id, queue.urgentEarly.id, queue.normalLate.id, queue.normalEarly.id])
            #expect(listed.first == queue.urgentLate)
        }
    }

    @Test(arguments: Backend.all) func handoffsOpenedAtTheSameMomentListTheLastOpenedFirst(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try #require(try await temporary.say("call me", reply: Fixture.handoff()).handoff)
            let second = try #require(try await temporary.say("call me", reply: Fixture.handoff()).handoff)
            let listed = try await temporary.store.listHandoffs(status: nil, priority: nil, limit: 10)
            #expect(listed.map(\.id) == [second.id, first.id])
        }
    }

    @Test(arguments: Backend.all) func filtersByStatusAndPriority(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let queue = try await fill(temporary)
            try await store.updateHandoff(queue.urgentEarly.id, status: .contacted, note: nil, by: "pat", at: Fixture.minutes(10))
            try await store.updateHandoff(queue.normalLate.id, status: .closed, note: nil, by: "pat", at: Fixture.minutes(10))

            #expect(try await store.listHandoffs(status: .open, priority: nil, limit: 10).map(\.id)
                == [queue.urgentLate.id, queue.normalEarly.id])
            #expect(try await store.listHandoffs(status: .contacted, priority: nil, limit: 10).map(\.id) == [queue.urgentEarly.id])
            #expect(try await store.listHandoffs(status: nil, priority: .urgent, limit: 10).map(\.id)
                == [queue.urgentLate.id, queue.urgentEarly.id])
            #expect(try await store.listHandoffs(status: nil, priority: .normal, limit: 10).map(\.id)
                == [queue.normalLate.id, queue.normalEarly.id])
            #expect(try await store.listHandoffs(status: .open, priority: .normal, limit: 10).map(\.id) == [queue.normalEarly.id])
            #expect(try await store.listHandoffs(status: .noContact, priority: nil, limit: 10).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func limitKeepsTheFrontOfTheQueue(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let queue = try await fill(temporary)
            #expect(try await temporary.store.listHandoffs(status: nil, priority: nil, limit: 3).map(\.id)
                == [queue.urgentLate.id, queue.urgentEarly.id, queue.normalLate.id])
            #expect(try await temporary.store.listHandoffs(status: nil, priority: nil, limit: 0).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func aHandoffIsFoundByItsID(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let queue = try await fill(temporary)
            #expect(try await store.handoff(queue.urgentEarly.id) == queue.urgentEarly)
            let updated = try await store.updateHandoff(
                queue.normalEarly.id, status: .contacted, note: "left a voicemail", by: "pat", at: Fixture.minutes(9))
            #expect(try await store.handoff(queue.normalEarly.id) == updated)
            #expect(try await store.handoff(UUID()) == nil)
        }
    }
}
