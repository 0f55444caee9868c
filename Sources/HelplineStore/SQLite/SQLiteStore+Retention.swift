public import Foundation
import GRDB

extension SQLiteStore {
    /// Deletes conversations last active before `cutoff`, with their turns, their closed and
    /// no-contact handoffs, and those handoffs' notifications and delivery attempts, in one
    /// write transaction.
    ///
    /// A conversation with a handoff that is still open or contacted is kept whole, however
    /// old: staff have not finished with it.
    public func purge(olderThan cutoff: Date) async throws -> PurgeResult {
        try await write { db in
            // The conversations to delete, and the old ones kept, as SQL fragments reused below.
            let expired: SQL = "SELECT id FROM conversation WHERE updatedAt < \(cutoff)"
            let active: SQL = """
                SELECT conversationId FROM handoff WHERE status IN ('open', 'contacted')
                """
            let doomed: SQL = "\(expired) AND id NOT IN (\(active))"

            func count(_ sql: SQL) throws -> Int {
                try SQLRequest<Int>("SELECT COUNT(*) FROM (\(sql))").fetchOne(db) ?? 0
            }

            var result = PurgeResult()
            result.keptForActiveHandoffs = try count("\(expired) AND id IN (\(active))")
            result.turns = try count(
                "SELECT 1 FROM turn WHERE conversationKey IN (SELECT key FROM conversation WHERE id IN (\(doomed)))")
            let doomedHandoffs: SQL = "SELECT id FROM handoff WHERE conversationId IN (\(doomed))"
            let doomedOutbox: SQL = "SELECT id FROM notificationOutbox WHERE handoffId IN (\(doomedHandoffs))"
            result.notifications = try count(doomedOutbox)
            result.deliveryAttempts = try count("SELECT 1 FROM deliveryAttempt WHERE outboxId IN (\(doomedOutbox))")

            // Handoffs first (their notifications and attempts cascade); the conversation's
            // foreign key refuses to go while any handoff remains. Then conversations (turns
            // cascade).
            try db.execute(literal: "DELETE FROM handoff WHERE conversationId IN (\(doomed))")
            result.handoffs = db.changesCount
            try db.execute(literal: "DELETE FROM conversation WHERE id IN (\(doomed))")
            result.conversations = db.changesCount
            return result
        }
    }
}
