import Foundation
import GRDB

extension SQLiteStore {
    /// Proves the database accepts writes, for a readiness probe: rewrites the one row of
    /// `healthCheck` in a committed transaction (so a full disk, a read-only file or a lock
    /// held too long all fail here).
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/unavailable`` when the write fails.
    public func checkWritable() async throws {
        let now = Date()
        try await write { db in
            try db.execute(
                literal: """
                    INSERT INTO healthCheck (id, checkedAt) VALUES (1, \(now))
                    ON CONFLICT (id) DO UPDATE SET checkedAt = excluded.checkedAt
                    """)
        }
    }

    /// `PRAGMA synchronous` as the writer connection sees it (2 is FULL), read inside a
    /// write like every other write; for tests and diagnostics.
    func writerSynchronousMode() async throws -> Int {
        try await write { db in
            try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1
        }
    }
}

extension SQLiteStore {
    /// Closes the pool's connections and the checkpoint connection (the last connection to
    /// close checkpoints what is left of the WAL). Further calls fail with
    /// ``StoreError/Code/unavailable``.
    public func close() async {
        try? checkpointer.close()
        try? pool.close()
    }
}
