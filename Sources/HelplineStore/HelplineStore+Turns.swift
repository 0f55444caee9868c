public import Foundation
import GRDB
public import HelplineCore

extension HelplineStore {
    /// Records one visitor message and the reply to it, in one write transaction.
    ///
    /// Creates the conversation when `id` is nil; loads its state; calls `responder` with it;
    /// stores the turn under the next sequence number and the new state; and, when the reply
    /// asks for a handoff, opens one (status open) and queues its `handoff.opened`
    /// notification. Either all of that is stored, or none of it.
    ///
    /// Writes are serialized, so concurrent messages of one conversation each see the state
    /// the previous one left, and get consecutive sequence numbers.
    ///
    /// - Parameters:
    ///   - id: The conversation, or nil to start one with a random id.
    ///   - message: The visitor's words, stored in the turn only.
    ///   - date: When the message arrived.
    ///   - responder: Computes the reply and the next state from the current state. It runs
    ///     inside the write transaction, so it must be pure and fast (no I/O, no waiting).
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when `id` names no conversation
    ///   (never created, or purged).
    public func respond(
        conversation id: UUID?, message: String, at date: Date,
        using responder: @Sendable (ConversationState) -> (Reply, ConversationState)
    ) async throws -> RecordedTurn {
        try await write { db in
            var conversation: ConversationRecord
            let conversationID: UUID
            if let id {
                guard let existing = try ConversationRecord.fetchOne(db, key: id.storeKey) else {
                    throw StoreError.notFound("no conversation \(id.storeKey)")
                }
                conversation = existing
                conversationID = id
            } else {
                conversationID = UUID()
                conversation = ConversationRecord(
                    id: conversationID.storeKey, createdAt: date, updatedAt: date, state: ConversationState(),
                    turnCount: 0, escalation: Escalation.none.rawValue)
                try conversation.insert(db)
            }

            let (reply, state) = responder(conversation.state)

            var turn = TurnRecord(
                id: nil, conversationId: conversation.id, sequence: conversation.turnCount + 1, message: message,
                replyText: reply.text, intent: reply.intent, plugin: reply.explanation.plugin,
                confidence: reply.confidence, escalation: reply.escalation.rawValue,
                excerptArticle: reply.excerpt?.article, createdAt: date)
            try turn.insert(db)

            let reached = Escalation(rawValue: conversation.escalation).map { max($0, reply.escalation) } ?? reply.escalation
            conversation.state = state
            conversation.turnCount = turn.sequence
            conversation.escalation = reached.rawValue
            conversation.updatedAt = date
            try conversation.update(db)

            var handoff: StoredHandoff?
            if let request = reply.handoff {
                let record = HandoffRecord(
                    id: UUID().storeKey, conversationId: conversation.id, turnId: turn.id, reason: request.reason,
                    intent: reply.intent, priority: request.priority.rawValue, status: HandoffStatus.open.rawValue,
                    crisisCategory: request.crisisCategory?.rawValue, createdAt: date, updatedAt: date)
                try Self.insertHandoff(record, db)
                handoff = try record.stored()
            }

            return RecordedTurn(
                conversationID: conversationID, sequence: turn.sequence, reply: reply, state: state, handoff: handoff)
        }
    }

    /// The turns of a conversation, in order.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    public func turns(of id: UUID) async throws -> [StoredTurn] {
        try await read { db in
            try Self.requireConversation(id, db)
            return try TurnRecord
                .filter(TurnRecord.Columns.conversationId == id.storeKey)
                .order(TurnRecord.Columns.sequence)
                .fetchAll(db)
                .map { try $0.stored() }
        }
    }
}
