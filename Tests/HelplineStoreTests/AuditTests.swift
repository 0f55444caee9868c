import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct AuditTests {
    @Test(arguments: Backend.all) func entriesAreListedNewestFirst(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let conversation = UUID().uuidString.lowercased()
            try await store.recordAudit(
                staff: "pat", action: "transcript.read", targets: [conversation], detail: nil, at: Fixture.start)
            try await store.recordAudit(
                staff: "lee", action: "handoff.update", targets: ["h1", "h2"], detail: "status closed",
                at: Fixture.minutes(2))
            try await store.recordAudit(staff: "pat", action: "handoffs.list", targets: [], detail: nil, at: Fixture.minutes(1))

            let log = try await store.auditLog(limit: 10)
            #expect(log.map(\.action) == ["handoff.update", "handoffs.list", "transcript.read"])
            let newest = try #require(log.first)
            #expect(newest.staff == "lee")
            #expect(newest.targets == ["h1", "h2"])
            #expect(newest.detail == "status closed")
            #expect(newest.at == Fixture.minutes(2))
            #expect(log.last?.targets == [conversation])
            #expect(log.last?.detail == nil)
        }
    }

    @Test(arguments: Backend.all) func entriesAtTheSameMomentListTheLastRecordedFirst(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            for action in ["first", "second", "third"] {
                try await temporary.store.recordAudit(staff: "pat", action: action, targets: [], detail: nil, at: Fixture.start)
            }
            #expect(try await temporary.store.auditLog(limit: 10).map(\.action) == ["third", "second", "first"])
        }
    }

    @Test(arguments: Backend.all) func listingHonoursTheLimitAndTheStaffFilter(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            for minute in 0..<5 {
                try await store.recordAudit(
                    staff: minute.isMultiple(of: 2) ? "pat" : "lee", action: "read \(minute)", targets: [], detail: nil,
                    at: Fixture.minutes(Double(minute)))
            }
            #expect(try await store.auditLog(limit: 2).map(\.action) == ["read 4", "read 3"])
            #expect(try await store.auditLog(limit: 10, staff: "pat").map(\.action) == ["read 4", "read 2", "read 0"])
            #expect(try await store.auditLog(limit: 1, staff: "lee").map(\.action) == ["read 3"])
            #expect(try await store.auditLog(limit: 10, staff: "sam").isEmpty)
            #expect(try await store.auditLog(limit: 0).isEmpty)
        }
    }

    @Test func targetsAreStoredAsAJSONArray() async throws {
        try await TemporaryStore.with { temporary in
            try await temporary.store.recordAudit(
                staff: "pat", action: "export", targets: ["a", "b \"quoted\""], detail: nil, at: Fixture.start)
            let queue = try DatabaseQueue(path: temporary.path)
            let raw = try await queue.read { db in try String.fetchOne(db, sql: "SELECT targets FROM auditLog") }
            let decoded = try JSONDecoder().decode([String].self, from: Data(try #require(raw).utf8))
            #expect(decoded == ["a", "b \"quoted\""])
        }
    }

    @Test(arguments: Backend.all) func anEntryNeedsStaffAndAnAction(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            await #expect(throws: StoreError.invalidData("")) {
                try await store.recordAudit(staff: "", action: "read", targets: [], detail: nil, at: Fixture.start)
            }
            await #expect(throws: StoreError.invalidData("")) {
                try await store.recordAudit(staff: "pat", action: "", targets: [], detail: nil, at: Fixture.start)
            }
            let log = try await store.auditLog(limit: 10)
            #expect(log.isEmpty)
        }
    }

    @Test func theDatabaseRefusesToChangeOrDeleteEntries() async throws {
        try await TemporaryStore.with { temporary in
            try await temporary.store.recordAudit(staff: "pat", action: "read", targets: [], detail: nil, at: Fixture.start)
            let queue = try DatabaseQueue(path: temporary.path)
            await #expect(throws: DatabaseError.self) {
                try await queue.write { db in try db.execute(sql: "DELETE FROM auditLog") }
            }
            await #expect(throws: DatabaseError.self) {
                try await queue.write { db in try db.execute(sql: "UPDATE auditLog SET staff = 'someone else'") }
            }
            #expect(try await temporary.store.auditLog(limit: 10).map(\.staff) == ["pat"])
        }
    }
}
