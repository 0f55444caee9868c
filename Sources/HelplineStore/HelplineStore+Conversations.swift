public import Foundation
import GRDB

extension HelplineStore {
    /// Whether a conversation with this id is stored (false once purged).
    public func conversationExists(_ id: UUID) async throws -> Bool {
        try await read { db in
            try ConversationRecord.exists(db, key: id.storeKey)
        }
    }

    /// A conversation's summary, or nil when there is no such conversation.
    public func conversation(_ id: UUID) async throws -> StoredConversation? {
        try await read { db in
            try ConversationRecord.fetchOne(db, key: id.storeKey)?.stored()
        }
    }

    /// How many conversations are stored.
    public func conversationCount() async throws -> Int {
        try await read { db in
            try ConversationRecord.fetchCount(db)
        }
    }

    /// Throws ``StoreError/Code/notFound`` unless the conversation exists.
    static func requireConversation(_ id: UUID, _ db: Database) throws {
        guard try ConversationRecord.exists(db, key: id.storeKey) else {
            throw StoreError.notFound("no conversation \(id.storeKey)")
        }
    }
}
