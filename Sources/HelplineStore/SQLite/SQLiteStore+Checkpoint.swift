import Foundation
import GRDB

/// What one WAL checkpoint found and did.
struct WALCheckpoint: Sendable, Equatable {
    /// Frames in the write-ahead log when the checkpoint ran.
    var frames: Int
    /// Of those, frames now copied into the database file.
    var checkpointed: Int
    /// Whether the log had grown past the limit, so the checkpoint also made the next commit
    /// start it over from the beginning (`RESTART`).
    var restarted: Bool
}

extension SQLiteStore {
    /// Copies the write-ahead log into the database file, on the store's checkpoint connection,
    /// never the writer: a `PASSIVE` checkpoint copies what no reader still needs while commits
    /// go on. The server calls it from a service once a second (the writer's own automatic
    /// checkpoint is off, see ``init(path:busyTimeout:)``).
    ///
    /// Under steady load a passive checkpoint never quite catches up with the writer, and the log
    /// only starts over once one has. So when the log holds more than `restartAbove` frames, a
    /// `RESTART` checkpoint follows: it waits for the writer's current commit, copies the few
    /// frames the passive one left, and makes the next commit start the log from the beginning
    /// (the file is then cut back to ``walSizeLimit``). That holds commits back for a moment,
    /// rarely, and outside every request, so the log cannot grow without bound.
    @discardableResult
    func checkpointWAL(restartAbove restartFrames: Int = walRestartFrames) async throws -> WALCheckpoint {
        do {
            return try await checkpointer.writeWithoutTransaction { db in
                let (frames, checkpointed) = try Self.runCheckpoint("PASSIVE", db)
                guard frames > restartFrames else {
                    return WALCheckpoint(frames: frames, checkpointed: checkpointed, restarted: false)
                }
                let (_, restartedCheckpointed) = try Self.runCheckpoint("RESTART", db)
                return WALCheckpoint(frames: frames, checkpointed: max(checkpointed, restartedCheckpointed), restarted: true)
            }
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// Runs one `PRAGMA wal_checkpoint`; returns the log's frames and those checkpointed.
    private static func runCheckpoint(_ mode: String, _ db: Database) throws -> (frames: Int, checkpointed: Int) {
        // One row: busy (1 when a reader or writer held it back), frames in the log, frames copied.
        guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(\(mode))") else { return (0, 0) }
        let frames: Int = row[1]
        let checkpointed: Int = row[2]
        // -1 for both when the database is not in WAL mode.
        return (max(0, frames), max(0, checkpointed))
    }

    /// Frames (pages) the log may hold before a checkpoint restarts it: 64 MiB of 4 KiB pages.
    static let walRestartFrames = walSizeLimit / 4096

    /// The checkpoint connection's configuration: the production one, under its own label.
    static func makeCheckpointerConfiguration(busyTimeout: TimeInterval) -> Configuration {
        var configuration = makeConfiguration(busyTimeout: busyTimeout)
        configuration.label = "HelplineStore.checkpoint"
        return configuration
    }

    /// `PRAGMA wal_autocheckpoint` as the writer connection sees it; for tests and diagnostics.
    func writerAutocheckpointPages() async throws -> Int {
        try await write { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1 }
    }

    /// See ``HelplineStore/checkpoint()``.
    public func checkpoint() async throws {
        try await checkpointWAL()
    }
}
