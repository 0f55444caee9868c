public import Foundation
import GRDB
import HelplineCore

extension SQLiteStore {
    /// Whether a conversation with this id is stored (false once purged).
    public func conversationExists(_ id: UUID) async throws -> Bool {
        try await read { db in
            try !ConversationRecord.filter(ConversationRecord.Columns.id == id.storeKey).isEmpty(db)
        }
    }

    /// A conversation's summary, or nil when there is no such conversation.
    public func conversation(_ id: UUID) async throws -> StoredConversation? {
        try await read { db in
            try ConversationRecord.fetchOne(db, key: ["id": id.storeKey])?.stored()
        }
    }

    /// How many conversations are stored.
    public func conversationCount() async throws -> Int {
        try await read { db in
            try ConversationRecord.fetchCount(db)
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
        try await read { db in
            var conditions: [SQL] = []
            if escalatedOnly {
                conditions.append("""
                    (c.escalation IN \(Self.escalatedValues)
                     OR EXISTS (SELECT 1 FROM handoff h WHERE h.conversationId = c.id))
                    """)
            }
            if let since {
                conditions.append("c.updatedAt >= \(since)")
            }
            let filter: SQL = conditions.isEmpty ? "" : "WHERE \(conditions.joined(separator: " AND "))"
            let request = SQLRequest<ConversationSummaryRow>(
                literal: """
                    SELECT c.id, c.createdAt, c.updatedAt, c.turnCount, c.escalation,
                           (SELECT COUNT(*) FROM handoff h
                            WHERE h.conversationId = c.id AND h.status IN \(Self.activeHandoffValues)) AS openHandoffs
                    FROM conversation c
                    \(filter)
                    ORDER BY c.updatedAt DESC, c.id DESC
                    LIMIT \(max(limit, 0))
                    """)
            return try request.fetchAll(db).map { row in
                ConversationSummary(
                    id: try UUID(storeKey: row.id), createdAt: row.createdAt, updatedAt: row.updatedAt,
                    turnCount: row.turnCount,
                    escalation: try decodeStored(Escalation.self, row.escalation, column: "conversation.escalation"),
                    openHandoffs: row.openHandoffs)
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
    static func requireConversation(_ id: UUID, _ db: Database) throws {
        guard try !ConversationRecord.filter(ConversationRecord.Columns.id == id.storeKey).isEmpty(db) else {
            throw StoreError.notFound("no conversation \(id.storeKey)")
        }
    }
}
