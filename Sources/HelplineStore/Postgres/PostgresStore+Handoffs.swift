public import Foundation
import Logging
public import HelplineCore
import PostgresNIO

extension PostgresStore {
    /// Stores a visitor's call-back details on the conversation's most recent open handoff,
    /// in one transaction, and queues a `handoff.callback` notification so staff know a number
    /// is waiting.
    ///
    /// When the conversation has no open handoff, opens one (reason
    /// ``StoredHandoff/callbackReason``, priority normal) with its `handoff.opened`
    /// notification: a visitor who asks for a call back is never lost. Call only once the
    /// visitor has consented; the consent time recorded is `date`. The conversation's row is
    /// locked first, as ``respond(conversation:message:at:using:)`` locks it.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    @discardableResult
    public func recordCallback(
        conversation id: UUID, name: String?, phone: String, bestTime: String?, at date: Date
    ) async throws -> StoredHandoff {
        let logger = self.logger
        return try await write { connection in
            try await Self.recordCallback(
                conversation: id, name: name, phone: phone, bestTime: bestTime, at: date, connection, logger)
        }
    }

    /// ``recordCallback(conversation:name:phone:bestTime:at:)`` inside a transaction: also what a
    /// chat turn does with a number the visitor typed and confirmed.
    static func recordCallback(
        conversation id: UUID, name: String?, phone: String, bestTime: String?, at date: Date,
        _ connection: PostgresConnection, _ logger: Logger
    ) async throws -> StoredHandoff {
        do {
            guard let row = try await connection.rows(
                "SELECT state::text FROM conversation WHERE id = \(id) FOR UPDATE", logger
            ).first else {
                throw StoreError.notFound("no conversation \(id.storeKey)")
            }
            let state = try JSONDecoder().decode(ConversationState.self, from: Data(try row.decode(String.self).utf8))
            let open = try await connection.rows(
                """
                SELECT \(unescaped: Self.handoffColumns) FROM handoff
                WHERE conversation_id = \(id) AND status = \(HandoffStatus.open.rawValue)
                ORDER BY created_at DESC, position DESC LIMIT 1 FOR UPDATE
                """, logger
            ).first.map(Self.handoff)

            let callback = StoredHandoff.Callback(
                name: name?.postgresSafe, phone: phone.postgresSafe, bestTime: bestTime?.postgresSafe, consentAt: date)
            var handoff: StoredHandoff
            if var open {
                open.callback = callback
                open.updatedAt = date
                handoff = open
                try await connection.run(
                    """
                    UPDATE handoff SET callback_name = \(callback.name), callback_phone = \(callback.phone),
                        callback_best_time = \(callback.bestTime), callback_consent_at = \(date.postgres),
                        updated_at = \(date.postgres)
                    WHERE id = \(handoff.id)
                    """, logger)
                try await Self.enqueueNotification(OutboxItem.Event.callbackRecorded, for: handoff, at: date, connection, logger)
            } else {
                handoff = StoredHandoff(
                    id: UUID.random(), conversationID: id, turnID: nil, reason: StoredHandoff.callbackReason,
                    intent: state.lastIntent, priority: .normal, status: .open, crisisCategory: nil, callback: callback,
                    note: nil, updatedBy: nil, createdAt: date, updatedAt: date)
                try await Self.insertHandoff(handoff, connection, logger)
            }
            try await connection.run(
                "UPDATE conversation SET updated_at = GREATEST(updated_at, \(date.postgres)) WHERE id = \(id)", logger)
            return handoff
        }
    }

    /// The handoffs of a conversation, oldest first.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    public func handoffs(of id: UUID) async throws -> [StoredHandoff] {
        let logger = self.logger
        return try await read { connection in
            try await Self.requireConversation(id, connection, logger)
            return try await connection.rows(
                """
                SELECT \(unescaped: Self.handoffColumns) FROM handoff WHERE conversation_id = \(id)
                ORDER BY created_at, position
                """, logger
            ).map(Self.handoff)
        }
    }

    /// The escalation queue: handoffs, urgent before normal, and newest first within each
    /// priority, at most `limit`.
    ///
    /// - Parameters:
    ///   - status: Only handoffs with this status; nil for all.
    ///   - priority: Only handoffs with this priority; nil for both.
    ///   - limit: The most to return.
    public func listHandoffs(
        status: HandoffStatus?, priority: HandoffRequest.Priority?, limit: Int
    ) async throws -> [StoredHandoff] {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT \(unescaped: Self.handoffColumns) FROM handoff
                WHERE (\(status?.rawValue)::text IS NULL OR status = \(status?.rawValue))
                  AND (\(priority?.rawValue)::text IS NULL OR priority = \(priority?.rawValue))
                ORDER BY CASE priority WHEN \(HandoffRequest.Priority.urgent.rawValue) THEN 0 ELSE 1 END,
                    created_at DESC, position DESC
                LIMIT \(max(limit, 0))
                """, logger
            ).map(Self.handoff)
        }
    }

    /// One handoff, or nil when there is no such handoff (or it was purged).
    public func handoff(_ id: UUID) async throws -> StoredHandoff? {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows("SELECT \(unescaped: Self.handoffColumns) FROM handoff WHERE id = \(id)", logger)
                .first.map(Self.handoff)
        }
    }

    /// Records staff follow-up on a handoff: its new status, and a note when given (nil keeps
    /// the current note, empty clears it). Moving a handoff to closed or no-contact lets
    /// retention purge its conversation once that is old enough.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such handoff.
    @discardableResult
    public func updateHandoff(
        _ id: UUID, status: HandoffStatus, note: String?, by staff: String, at date: Date
    ) async throws -> StoredHandoff {
        let logger = self.logger
        let newNote = note.flatMap { $0.isEmpty ? nil : $0.postgresSafe }
        return try await write { connection in
            guard let row = try await connection.rows(
                """
                UPDATE handoff SET status = \(status.rawValue),
                    note = CASE WHEN \(note == nil) THEN note ELSE \(newNote) END,
                    updated_by = \(staff.postgresSafe), updated_at = \(date.postgres)
                WHERE id = \(id)
                RETURNING \(unescaped: Self.handoffColumns)
                """, logger
            ).first else {
                throw StoreError.notFound("no handoff \(id.storeKey)")
            }
            return try Self.handoff(row)
        }
    }

    /// Inserts a new handoff and its `handoff.opened` notification, in the caller's transaction.
    static func insertHandoff(_ handoff: StoredHandoff, _ connection: PostgresConnection, _ logger: Logger) async throws {
        try await connection.run(
            """
            INSERT INTO handoff (id, conversation_id, turn_id, reason, intent, priority, status, crisis_category,
                callback_name, callback_phone, callback_best_time, callback_consent_at, note, updated_by, created_at, updated_at)
            VALUES (\(handoff.id), \(handoff.conversationID), \(handoff.turnID.map(Int.init)), \(handoff.reason.postgresSafe),
                \(handoff.intent), \(handoff.priority.rawValue), \(handoff.status.rawValue), \(handoff.crisisCategory?.rawValue),
                \(handoff.callback?.name), \(handoff.callback?.phone), \(handoff.callback?.bestTime),
                \(handoff.callback?.consentAt.postgres), \(handoff.note), \(handoff.updatedBy), \(handoff.createdAt.postgres),
                \(handoff.updatedAt.postgres))
            """, logger)
        try await enqueueNotification(OutboxItem.Event.handoffOpened, for: handoff, at: handoff.createdAt, connection, logger)
    }
}
