import Foundation
import PostgresNIO

extension PostgresStore {
    /// Proves the server accepts writes, for a readiness probe: rewrites the one row of
    /// `health_check` in a committed transaction, within the operation timeout (so a server
    /// that is down, read-only, full, or does not answer all fail here).
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/unavailable`` when the write fails.
    public func checkWritable() async throws {
        let now = Date()
        let logger = self.logger
        try await write { connection in
            try await connection.run(
                """
                INSERT INTO health_check (id, checked_at) VALUES (1, \(now.postgres))
                ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at
                """, logger)
        }
    }
}

extension PostgresStore {
    /// Nothing to do: the PostgreSQL server checkpoints its own log, away from every request.
    public func checkpoint() async throws {}
}
