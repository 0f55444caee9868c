import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct DurabilityTests {
    @Test func writerRunsWithSynchronousFullForHandoffWrites() async throws {
        try await TemporaryStore.with { temporary in
            #expect(try await temporary.sqlite.writerSynchronousMode() == SQLiteStore.synchronousFull)
            let recorded = try await temporary.say("call me", reply: Fixture.handoff())
            #expect(recorded.handoff != nil)
            // Same writer connection as the handoff write: the setting held through it.
            #expect(try await temporary.sqlite.writerSynchronousMode() == SQLiteStore.synchronousFull)

            let reopened = try temporary.reopen()
            #expect(try await reopened.writerSynchronousMode() == SQLiteStore.synchronousFull)
        }
    }

    @Test func writerNeverCheckpointsAndKeepsTheWALBounded() async throws {
        try await TemporaryStore.with { temporary in
            _ = try await temporary.say("hello", reply: Fixture.answer())
            let (pages, limit, mode) = try await temporary.sqlite.pool.write { db in
                (try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"),
                 try Int.fetchOne(db, sql: "PRAGMA journal_size_limit"),
                 try String.fetchOne(db, sql: "PRAGMA journal_mode"))
            }
            // Checkpoints run on the store's checkpoint connection (CheckpointTests).
            #expect(pages == 0)
            #expect(limit == SQLiteStore.walSizeLimit)
            #expect(mode == "wal")
        }
    }

    @Test func plainGRDBPoolWouldHaveLeftSynchronousNormal() async throws {
        // Guards the reason for the store's extra step: if GRDB stops downgrading to NORMAL,
        // this test tells us the workaround can go.
        try await TemporaryStore.with { temporary in
            var configuration = Configuration()
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let pool = try DatabasePool(path: temporary.path, configuration: configuration)
            let mode = try await pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
            #expect(mode == 1)
        }
    }
}
