import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

/// WAL checkpoints run on the store's own checkpoint connection, never inside a commit.
@Suite struct CheckpointTests {
    @Test func theWriterNeverCheckpointsByItself() async throws {
        try await TemporaryStore.with { temporary in
            let pages = try await temporary.sqlite.writerAutocheckpointPages()
            #expect(pages == 0)
            let synchronous = try await temporary.sqlite.writerSynchronousMode()
            #expect(synchronous == SQLiteStore.synchronousFull)
        }
    }

    @Test func commitsLeaveTheirPagesInTheLogUntilACheckpointCopiesThemAll() async throws {
        try await TemporaryStore.with { temporary in
            let databaseFile = URL(fileURLWithPath: temporary.path)
            try await recordTurns(200, in: temporary)
            let before = try fileSize(databaseFile)

            let checkpoint = try await temporary.sqlite.checkpointWAL()
            #expect(checkpoint.frames > 0)
            #expect(checkpoint.checkpointed == checkpoint.frames)
            #expect(!checkpoint.restarted)
            // The turns were only in the log; now the database file holds them.
            #expect(try fileSize(databaseFile) > before)

            // Nothing new since: nothing more to copy.
            let again = try await temporary.sqlite.checkpointWAL()
            #expect(again.frames == checkpoint.frames)
            #expect(again.checkpointed == checkpoint.frames)
        }
    }

    @Test func aLogPastTheLimitIsRestartedSoItStopsGrowing() async throws {
        try await TemporaryStore.with { temporary in
            try await recordTurns(200, in: temporary)
            let large = try await temporary.sqlite.checkpointWAL(restartAbove: 10)
            #expect(large.restarted)
            #expect(large.checkpointed == large.frames)

            // The next commit writes at the start of the log again: it holds that commit only.
            try await recordTurns(1, in: temporary)
            let small = try await temporary.sqlite.checkpointWAL(restartAbove: 10)
            #expect(small.frames > 0)
            #expect(small.frames < large.frames)
            #expect(small.checkpointed == small.frames)
        }
    }

    @Test func checkpointsAndCommitsMayRunAtOnce() async throws {
        try await TemporaryStore.with { temporary in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await recordTurns(300, in: temporary) }
                group.addTask {
                    for _ in 0..<20 { try await temporary.store.checkpoint() }
                }
                try await group.waitForAll()
            }
            #expect(try await temporary.store.conversationCount() == 300)
            let last = try await temporary.sqlite.checkpointWAL()
            #expect(last.checkpointed == last.frames)
        }
    }

    @Test(arguments: Backend.all) func aCheckpointLeavesEveryTurnReadable(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let turn = try await temporary.say("what is group therapy", reply: Fixture.answer())
            try await temporary.store.checkpoint()
            #expect(try await temporary.store.turns(of: turn.conversationID).map(\.message) == ["what is group therapy"])
        }
    }

    @Test func closingTheStoreClosesTheCheckpointConnectionAndEmptiesTheLog() async throws {
        try await TemporaryStore.with { temporary in
            try await recordTurns(50, in: temporary)
            await temporary.sqlite.close()
            // The last connection to close checkpoints the log and deletes it.
            #expect(!FileManager.default.fileExists(atPath: temporary.path + "-wal"))
            let reopened = try temporary.reopen()
            #expect(try await reopened.conversationCount() == 50)
            await reopened.close()
        }
    }

    /// Records `count` first messages, one transaction each.
    private func recordTurns(_ count: Int, in temporary: TemporaryStore) async throws {
        for index in 0..<count {
            try await temporary.say("message \(index)", reply: Fixture.answer(), at: Fixture.minutes(Double(index)))
        }
    }

    private func fileSize(_ url: URL) throws -> Int {
        try url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0
    }
}
