public import Foundation
import Logging
import HelplineCore
import PostgresNIO

extension PostgresStore {
    /// Whether a conversation with this id is stored (false once purged).
    public func conversationExists(_ id: UUID) async throws -> Bool {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.integer("SELECT count(*) FROM conversation WHERE id = \(id)", logger) > 0
        }
    }

    /// A conversation's summary, or nil when there is no such conversation.
    public func conversation(_ id: UUID) async throws -> StoredConversation? {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT id, created_at, updated_at, state::text AS state, turn_count, escalation
                FROM conversation WHERE id = \(id)
                """, logger
            ).first.map(Self.conversation)
        }
    }

    /// How many conversations are stored.
    public func conversationCount() async throws -> Int {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.integer("SELECT count(*) FROM conversation", logger)
        }
    }

    /// The transcript list: conversations by latest activity, newest first, at most `limit`.
    ///
    /// - Parameters:
    ///   - escalatedOnly: Only conversations staff may owe a call: those whose replies reached
    ///     ``HelplineCore/Escalation/handoff`` or ``HelplineCore/Escalation/emergency``, and those
    ///     with any handoff (a call-back request opens one without such a reply).
    ///   - since: Only conversations active at or after this date; nil for all.
    ///   - limit: The most to return.
    public func listConversations(escalatedOnly: Bool, since: Date?, limit: Int) async throws
        -> [ConversationSummary]
    {
        let logger = self.logger
        return try await withConnection { connection in
            try await connection.rows(
                """
                SELECT c.id, c.created_at, c.updated_at, c.turn_count, c.escalation,
                       (SELECT count(*) FROM handoff h
                        WHERE h.conversation_id = c.id AND h.status = ANY(\(Self.activeHandoffValues))) AS open_handoffs
                FROM conversation c
                WHERE (NOT \(escalatedOnly) OR c.escalation = ANY(\(Self.escalatedValues))
                       OR EXISTS (SELECT 1 FROM handoff h WHERE h.conversation_id = c.id))
                  AND (\(since?.postgres)::timestamptz IS NULL OR c.updated_at >= \(since?.postgres))
                ORDER BY c.updated_at DESC, c.id DESC
                LIMIT \(max(limit, 0))
                """, logger
            ).map { row in
                let column = PostgresColumns(row)
                return ConversationSummary(
                    id: try column("id"), createdAt: try column.date("created_at"), updatedAt: try column.date("updated_at"),
                    turnCount: try column("turn_count"),
                    escalation: try decodeStored(Escalation.self, try column("escalation"), column: "conversation.escalation"),
                    openHandoffs: try column("open_handoffs"))
            }
        }
    }

    /// Stored escalation values at which staff are asked to contact the visitor.
    static var escalatedValues: [String] {
        Escalation.allCases.filter { $0 >= .handoff }.map(\.rawValue)
    }

    /// Stored status values of handoffs that still need staff.
    static var activeHandoffValues: [String] {
        HandoffStatus.allCases.filter(\.isActive).map(\.rawValue)
    }

    /// Throws ``StoreError/Code/notFound`` unless the conversation exists.
    static func requireConversation(_ id: UUID, _ connection: PostgresConnection, _ logger: Logger) async throws {
        guard try await connection.integer("SELECT count(*) FROM conversation WHERE id = \(id)", logger) > 0 else {
            throw StoreError.notFound("no conversation \(id.storeKey)")
        }
    }
}
