public import Foundation
import GRDB
import HelplineCore

extension SQLiteStore {
    /// Notifications the worker should send now: undelivered, with `nextAttemptAt` at or before
    /// `now`, oldest first, at most `limit`.
    public func dueNotifications(at now: Date, limit: Int) async throws -> [OutboxItem] {
        try await read { db in
            try OutboxRecord
                .filter(OutboxRecord.Columns.deliveredAt == nil)
                .filter(OutboxRecord.Columns.nextAttemptAt <= now)
                .order(OutboxRecord.Columns.createdAt, OutboxRecord.Columns.id)
                .limit(max(limit, 0))
                .fetchAll(db)
                .map { try $0.item() }
        }
    }

    /// Claims the due notifications (as ``dueNotifications(at:limit:)`` lists them) by moving
    /// their next attempt to `leaseUntil`, in one write transaction: the single writer makes the
    /// claim exclusive.
    public func claimNotifications(at now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxItem] {
        try await write { db in
            let due = try OutboxRecord
                .filter(OutboxRecord.Columns.deliveredAt == nil)
                .filter(OutboxRecord.Columns.nextAttemptAt <= now)
                .order(OutboxRecord.Columns.createdAt, OutboxRecord.Columns.id)
                .limit(max(limit, 0))
                .fetchAll(db)
            var claimed: [OutboxItem] = []
            for var record in due {
                claimed.append(try record.item())
                record.nextAttemptAt = leaseUntil
                try record.update(db)
            }
            return claimed
        }
    }

    /// Records one delivery attempt of an outbox notification, in one write transaction.
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
        try await write { db in
            guard var item = try OutboxRecord.fetchOne(db, key: outboxID) else {
                throw StoreError.notFound("no outbox notification \(outboxID)")
            }
            var attempt = DeliveryAttemptRecord(
                id: nil, outboxId: outboxID, attemptedAt: date, succeeded: succeeded, statusCode: statusCode,
                error: error)
            try attempt.insert(db)

            item.attempts += 1
            if succeeded {
                item.deliveredAt = date
                item.nextAttemptAt = nil
            } else if item.deliveredAt == nil {
                item.lastError = error ?? statusCode.map { "status \($0)" } ?? "delivery failed"
                item.nextAttemptAt = nextAttemptAt
            }
            try item.update(db)
        }
    }

    /// Notifications still to deliver: undelivered and not given up.
    public func outboxBacklog() async throws -> Int {
        try await read { db in
            try OutboxRecord
                .filter(OutboxRecord.Columns.deliveredAt == nil)
                .filter(OutboxRecord.Columns.nextAttemptAt != nil)
                .fetchCount(db)
        }
    }

    /// The delivery attempts of one notification, in order.
    public func deliveryAttempts(outboxID: Int64) async throws -> [DeliveryAttempt] {
        try await read { db in
            try DeliveryAttemptRecord
                .filter(DeliveryAttemptRecord.Columns.outboxId == outboxID)
                .order(DeliveryAttemptRecord.Columns.attemptedAt, Column.rowID)
                .fetchAll(db)
                .map { $0.attempt() }
        }
    }

    /// The notifications queued for one handoff, oldest first (delivered or not).
    public func notifications(ofHandoff id: UUID) async throws -> [OutboxItem] {
        try await read { db in
            try OutboxRecord
                .filter(OutboxRecord.Columns.handoffId == id.storeKey)
                .order(OutboxRecord.Columns.createdAt, OutboxRecord.Columns.id)
                .fetchAll(db)
                .map { try $0.item() }
        }
    }

    /// Queues a notification about `handoff`, due at once, in the caller's transaction.
    static func enqueueNotification(_ event: String, for handoff: HandoffRecord, at date: Date, _ db: Database) throws {
        let payload = HandoffNotification(
            handoffId: try UUID(storeKey: handoff.id), conversationId: try UUID(storeKey: handoff.conversationId),
            reason: handoff.reason,
            priority: try decodeStored(HandoffRequest.Priority.self, handoff.priority, column: "handoff.priority"),
            crisisCategory: handoff.crisisCategory.flatMap(CrisisCategory.init(rawValue:)), intent: handoff.intent)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var item = OutboxRecord(
            id: nil, handoffId: handoff.id, event: event,
            payload: String(decoding: try encoder.encode(payload), as: UTF8.self), attempts: 0, nextAttemptAt: date,
            deliveredAt: nil, lastError: nil, createdAt: date)
        try item.insert(db)
    }
}
