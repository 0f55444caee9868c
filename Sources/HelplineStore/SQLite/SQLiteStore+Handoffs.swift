public import Foundation
import GRDB
public import HelplineCore

extension SQLiteStore {
    /// Stores a visitor's call-back details on the conversation's most recent open handoff,
    /// in one write transaction, and queues a `handoff.callback` notification so staff know a
    /// number is waiting.
    ///
    /// When the conversation has no open handoff, opens one (reason
    /// ``StoredHandoff/callbackReason``, priority normal) with its `handoff.opened` notification: a visitor
    /// who asks for a call back is never lost. Call only once the visitor has consented; the
    /// consent time recorded is `date`.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    @discardableResult
    public func recordCallback(
        conversation id: UUID, name: String?, phone: String, bestTime: String?, at date: Date
    ) async throws -> StoredHandoff {
        try await write { db in
            try Self.recordCallback(conversation: id, name: name, phone: phone, bestTime: bestTime, at: date, db)
        }
    }

    /// ``recordCallback(conversation:name:phone:bestTime:at:)`` inside a write transaction: also
    /// what a chat turn does with a number the visitor typed and confirmed.
    static func recordCallback(
        conversation id: UUID, name: String?, phone: String, bestTime: String?, at date: Date, _ db: Database
    ) throws -> StoredHandoff {
        do {
            guard var conversation = try ConversationRecord.fetchOne(db, key: ["id": id.storeKey]) else {
                throw StoreError.notFound("no conversation \(id.storeKey)")
            }
            let open = try HandoffRecord
                .filter(HandoffRecord.Columns.conversationId == id.storeKey)
                .filter(HandoffRecord.Columns.status == HandoffStatus.open.rawValue)
                .order(HandoffRecord.Columns.createdAt.desc, Column.rowID.desc)
                .fetchOne(db)

            var handoff: HandoffRecord
            if let open {
                handoff = open
            } else {
                handoff = HandoffRecord(
                    id: UUID.random().storeKey, conversationId: conversation.id, turnId: nil, reason: StoredHandoff.callbackReason,
                    intent: conversation.state.lastIntent, priority: "normal", status: HandoffStatus.open.rawValue,
                    crisisCategory: nil, createdAt: date, updatedAt: date)
            }
            handoff.callbackName = name
            handoff.callbackPhone = phone
            handoff.callbackBestTime = bestTime
            handoff.callbackConsentAt = date
            handoff.updatedAt = date

            if open == nil {
                try Self.insertHandoff(handoff, db)
            } else {
                try handoff.update(db)
                try Self.enqueueNotification(OutboxItem.Event.callbackRecorded, for: handoff, at: date, db)
            }

            conversation.updatedAt = max(conversation.updatedAt, date)
            try conversation.update(db)
            return try handoff.stored()
        }
    }

    /// The handoffs of a conversation, oldest first.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    public func handoffs(of id: UUID) async throws -> [StoredHandoff] {
        try await read { db in
            try Self.requireConversation(id, db)
            return try HandoffRecord
                .filter(HandoffRecord.Columns.conversationId == id.storeKey)
                .order(HandoffRecord.Columns.createdAt, Column.rowID)
                .fetchAll(db)
                .map { try $0.stored() }
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
        try await read { db in
            var request = HandoffRecord.all()
            if let status {
                request = request.filter(HandoffRecord.Columns.status == status.rawValue)
            }
            if let priority {
                request = request.filter(HandoffRecord.Columns.priority == priority.rawValue)
            }
            let urgentFirst: SQL = "CASE priority WHEN \(HandoffRequest.Priority.urgent.rawValue) THEN 0 ELSE 1 END"
            return try request
                .order(urgentFirst, HandoffRecord.Columns.createdAt.desc, Column.rowID.desc)
                .limit(max(limit, 0))
                .fetchAll(db)
                .map { try $0.stored() }
        }
    }

    /// One handoff, or nil when there is no such handoff (or it was purged).
    public func handoff(_ id: UUID) async throws -> StoredHandoff? {
        try await read { db in
            try HandoffRecord.fetchOne(db, key: id.storeKey)?.stored()
        }
    }

    /// Records staff follow-up on a handoff: its new status, and a note when given (nil keeps
    /// the current note). Moving a handoff to closed or no-contact lets retention purge its
    /// conversation once that is old enough.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such handoff.
    @discardableResult
    public func updateHandoff(
        _ id: UUID, status: HandoffStatus, note: String?, by staff: String, at date: Date
    ) async throws -> StoredHandoff {
        try await write { db in
            guard var handoff = try HandoffRecord.fetchOne(db, key: id.storeKey) else {
                throw StoreError.notFound("no handoff \(id.storeKey)")
            }
            handoff.status = status.rawValue
            // nil keeps the note; an empty note clears it.
            if let note { handoff.note = note.isEmpty ? nil : note }
            handoff.updatedBy = staff
            handoff.updatedAt = date
            try handoff.update(db)
            return try handoff.stored()
        }
    }

    /// Inserts a new handoff and its `handoff.opened` notification, in the caller's transaction.
    static func insertHandoff(_ handoff: HandoffRecord, _ db: Database) throws {
        try handoff.insert(db)
        try enqueueNotification(OutboxItem.Event.handoffOpened, for: handoff, at: handoff.createdAt, db)
    }
}
