public import Foundation
import Logging
import HelplineCore
import PostgresNIO

extension PostgresStore {
    /// Notifications the worker should send now: undelivered, with `nextAttemptAt` at or before
    /// `now`, oldest first, at most `limit`.
    public func dueNotifications(at now: Date, limit: Int) async throws -> [OutboxItem] {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT \(unescaped: Self.outboxColumns) FROM notification_outbox
                WHERE delivered_at IS NULL AND next_attempt_at <= \(now.postgres)
                ORDER BY created_at, id
                LIMIT \(max(limit, 0))
                """, logger
            ).map(Self.outboxItem)
        }
    }

    /// Claims the due notifications (as ``dueNotifications(at:limit:)`` lists them) by moving
    /// their next attempt to `leaseUntil`, in one statement. Rows another instance is claiming
    /// at the same moment are skipped (`FOR UPDATE SKIP LOCKED`), so no two callers ever get
    /// the same item. The items are returned oldest first, as they were before the claim (their
    /// `nextAttemptAt` the time they fell due), as ``SQLiteStore`` returns them.
    public func claimNotifications(at now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxItem] {
        let logger = self.logger
        return try await write { connection in
            try await connection.rows(
                """
                UPDATE notification_outbox o SET next_attempt_at = \(leaseUntil.postgres)
                FROM (SELECT id, next_attempt_at FROM notification_outbox
                      WHERE delivered_at IS NULL AND next_attempt_at <= \(now.postgres)
                      ORDER BY created_at, id
                      LIMIT \(max(limit, 0))
                      FOR UPDATE SKIP LOCKED) due
                WHERE o.id = due.id
                RETURNING o.id, o.handoff_id, o.event, o.payload::text AS payload, o.attempts,
                    due.next_attempt_at AS next_attempt_at, o.delivered_at, o.last_error, o.created_at
                """, logger
            )
            .map(Self.outboxItem)
            .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        }
    }

    /// Records one delivery attempt of an outbox notification, in one transaction.
    ///
    /// Adds a ``DeliveryAttempt`` and counts the attempt. On success, marks the notification
    /// delivered. On failure, keeps `error` (or the status code) as its last error and
    /// schedules the next try at `nextAttemptAt`; pass nil to stop retrying (the notification
    /// stays undelivered, with its attempts, for staff to see).
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such notification.
    public func recordDelivery(
        outboxID: Int64, at date: Date, succeeded: Bool, statusCode: Int?, error: String?, nextAttemptAt: Date?
    ) async throws {
        let logger = self.logger
        let error = error?.postgresSafe
        try await write { connection in
            guard let row = try await connection.rows(
                "SELECT delivered_at FROM notification_outbox WHERE id = \(Int(outboxID)) FOR UPDATE", logger
            ).first else {
                throw StoreError.notFound("no outbox notification \(outboxID)")
            }
            let delivered = try row.decode(PostgresTimestamp?.self) != nil
            try await connection.run(
                """
                INSERT INTO delivery_attempt (outbox_id, attempted_at, succeeded, status_code, error)
                VALUES (\(Int(outboxID)), \(date.postgres), \(succeeded), \(statusCode), \(error))
                """, logger)
            if succeeded {
                try await connection.run(
                    """
                    UPDATE notification_outbox SET attempts = attempts + 1, delivered_at = \(date.postgres), next_attempt_at = NULL
                    WHERE id = \(Int(outboxID))
                    """, logger)
            } else if !delivered {
                let lastError = error ?? statusCode.map { "status \($0)" } ?? "delivery failed"
                try await connection.run(
                    """
                    UPDATE notification_outbox SET attempts = attempts + 1, last_error = \(lastError),
                        next_attempt_at = \(nextAttemptAt?.postgres)
                    WHERE id = \(Int(outboxID))
                    """, logger)
            } else {
                try await connection.run(
                    "UPDATE notification_outbox SET attempts = attempts + 1 WHERE id = \(Int(outboxID))", logger)
            }
        }
    }

    /// The delivery attempts of one notification, in order.
    public func deliveryAttempts(outboxID: Int64) async throws -> [DeliveryAttempt] {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT id, outbox_id, attempted_at, succeeded, status_code, error FROM delivery_attempt
                WHERE outbox_id = \(Int(outboxID)) ORDER BY attempted_at, id
                """, logger
            ).map { row in
                let column = PostgresColumns(row)
                return DeliveryAttempt(
                    id: try column("id"), outboxID: try column("outbox_id"), attemptedAt: try column.date("attempted_at"),
                    succeeded: try column("succeeded"), statusCode: try column("status_code"), error: try column("error"))
            }
        }
    }

    /// The notifications queued for one handoff, oldest first (delivered or not).
    public func notifications(ofHandoff id: UUID) async throws -> [OutboxItem] {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT \(unescaped: Self.outboxColumns) FROM notification_outbox WHERE handoff_id = \(id)
                ORDER BY created_at, id
                """, logger
            ).map(Self.outboxItem)
        }
    }

    /// Queues a notification about `handoff`, due at once, in the caller's transaction. The
    /// payload is the same JSON text as ``SQLiteStore`` writes (sorted keys).
    static func enqueueNotification(
        _ event: String, for handoff: StoredHandoff, at date: Date, _ connection: PostgresConnection, _ logger: Logger
    ) async throws {
        let payload = HandoffNotification(
            handoffId: handoff.id, conversationId: handoff.conversationID, reason: handoff.reason,
            priority: handoff.priority, crisisCategory: handoff.crisisCategory, intent: handoff.intent)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(payload), as: UTF8.self).postgresSafe
        try await connection.run(
            """
            INSERT INTO notification_outbox (handoff_id, event, payload, attempts, next_attempt_at, created_at)
            VALUES (\(handoff.id), \(event), \(text)::json, 0, \(date.postgres), \(date.postgres))
            """, logger)
    }

    /// Notifications still to deliver: undelivered and not given up.
    public func outboxBacklog() async throws -> Int {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.integer(
                "SELECT count(*) FROM notification_outbox WHERE delivered_at IS NULL AND next_attempt_at IS NOT NULL", logger)
        }
    }
}
