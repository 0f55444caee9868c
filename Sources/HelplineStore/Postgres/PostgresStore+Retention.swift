public import Foundation
import PostgresNIO

extension PostgresStore {
    /// Deletes conversations last active before `cutoff`, with their turns, their closed and
    /// no-contact handoffs, and those handoffs' notifications and delivery attempts, in one
    /// transaction. A conversation with a handoff that is still open or contacted is kept
    /// whole, however old: staff have not finished with it.
    ///
    /// One instance purges at a time: the transaction first tries an advisory lock
    /// (`pg_try_advisory_xact_lock`). When another instance holds it (its purge is under way),
    /// this call does not wait: it deletes nothing and returns an empty ``PurgeResult``, and
    /// that other purge does the work.
    ///
    /// The conversations to delete, and their handoffs, are locked before they are counted,
    /// so a message or a call-back arriving at another instance meanwhile either lands first
    /// (and the conversation, active again, is kept) or waits and then finds it gone.
    public func purge(olderThan cutoff: Date) async throws -> PurgeResult {
        let logger = self.logger
        let active = Self.activeHandoffValues
        return try await write { connection in
            guard try await connection.rows("SELECT pg_try_advisory_xact_lock(\(Self.purgeLockKey))", logger)
                .first?.decode(Bool.self) == true
            else {
                return PurgeResult()
            }
            let candidates = try await connection.rows(
                """
                SELECT id FROM conversation c
                WHERE updated_at < \(cutoff.postgres)
                  AND NOT EXISTS (SELECT 1 FROM handoff h WHERE h.conversation_id = c.id AND h.status = ANY(\(active)))
                ORDER BY id
                FOR UPDATE
                """, logger
            ).map { try $0.decode(UUID.self) }
            try await connection.run(
                "SELECT 1 FROM handoff WHERE conversation_id = ANY(\(candidates)) ORDER BY id FOR UPDATE", logger)
            // Read again now that nothing can change them: a handoff may have opened meanwhile.
            let doomed = try await connection.rows(
                """
                SELECT id FROM conversation c
                WHERE id = ANY(\(candidates)) AND updated_at < \(cutoff.postgres)
                  AND NOT EXISTS (SELECT 1 FROM handoff h WHERE h.conversation_id = c.id AND h.status = ANY(\(active)))
                """, logger
            ).map { try $0.decode(UUID.self) }

            var result = PurgeResult()
            result.keptForActiveHandoffs = try await connection.integer(
                """
                SELECT count(*) FROM conversation c
                WHERE updated_at < \(cutoff.postgres)
                  AND EXISTS (SELECT 1 FROM handoff h WHERE h.conversation_id = c.id AND h.status = ANY(\(active)))
                """, logger)
            guard !doomed.isEmpty else { return result }
            result.turns = try await connection.integer(
                """
                SELECT count(*) FROM turn t JOIN conversation c ON c.key = t.conversation_key WHERE c.id = ANY(\(doomed))
                """, logger)
            result.notifications = try await connection.integer(
                """
                SELECT count(*) FROM notification_outbox o JOIN handoff h ON h.id = o.handoff_id
                WHERE h.conversation_id = ANY(\(doomed))
                """, logger)
            result.deliveryAttempts = try await connection.integer(
                """
                SELECT count(*) FROM delivery_attempt a
                JOIN notification_outbox o ON o.id = a.outbox_id JOIN handoff h ON h.id = o.handoff_id
                WHERE h.conversation_id = ANY(\(doomed))
                """, logger)
            // Handoffs first (their notifications and attempts cascade); the conversation's
            // foreign key refuses to go while any handoff remains. Then conversations (turns
            // cascade).
            result.handoffs = try await connection.integer(
                "WITH gone AS (DELETE FROM handoff WHERE conversation_id = ANY(\(doomed)) RETURNING 1) SELECT count(*) FROM gone",
                logger)
            result.conversations = try await connection.integer(
                "WITH gone AS (DELETE FROM conversation WHERE id = ANY(\(doomed)) RETURNING 1) SELECT count(*) FROM gone",
                logger)
            return result
        }
    }
}
