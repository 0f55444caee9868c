public import Foundation
import GRDB
public import HelplineCore

extension SQLiteStore {
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
        using responder: @escaping @Sendable (ConversationState) -> (Reply, ConversationState)
    ) async throws -> RecordedTurn {
        let request = TurnRequest(conversation: id, message: message, date: date, responder: responder)
        return try await write { db in try Self.record(request, db) }
    }

    /// Records several turns in one write transaction, so they share one disk sync (group
    /// commit), in order. A turn for an unknown conversation fails alone (it is refused before
    /// it writes anything) and leaves the others recorded; any other failure fails the whole
    /// batch. Nothing is acknowledged before the commit.
    ///
    /// The batch runs to its end even if the calling task is cancelled: it holds other callers'
    /// turns, and one of them giving up must not roll back the rest.
    ///
    /// - Returns: One result per request, in order.
    /// - Throws: ``StoreError`` when the transaction as a whole cannot be written.
    public func respond(batch requests: [TurnRequest]) async throws -> [Result<RecordedTurn, StoreError>] {
        try await writeToTheEnd { db in
            var results: [Result<RecordedTurn, StoreError>] = []
            results.reserveCapacity(requests.count)
            for request in requests {
                do {
                    results.append(.success(try Self.record(request, db)))
                } catch let error as StoreError where error.code == .notFound {
                    results.append(.failure(error))
                }
            }
            return results
        }
    }

    /// Writes one turn (and its conversation, handoff and notification) inside a transaction.
    /// Throws ``StoreError/Code/notFound`` before writing anything, so a batch can go on.
    ///
    /// This is the chat hot path, so it uses cached SQL statements rather than records:
    /// record encoding cost several times the SQLite work itself under load.
    static func record(_ request: TurnRequest, _ db: Database) throws -> RecordedTurn {
        let date = request.date
        let now = StoreDate.text(date)
        let conversationID = request.conversation ?? UUID.random()
        let id = conversationID.storeKey
        var key: Int64 = 0
        var state = ConversationState()
        var turnCount = 0
        var reachedSoFar = Escalation.none
        if request.conversation != nil {
            let select = try db.cachedStatement(sql: "SELECT key, state, turnCount, escalation FROM conversation WHERE id = ?")
            guard let row = try Row.fetchOne(select, arguments: [id]) else {
                throw StoreError.notFound("no conversation \(id)")
            }
            key = row[0]
            let stateText: String = row[1]
            state = try JSONDecoder().decode(ConversationState.self, from: Data(stateText.utf8))
            turnCount = row[2]
            reachedSoFar = Escalation(rawValue: row[3]) ?? .none
        }

        let (reply, newState) = request.responder(state)
        let sequence = turnCount + 1
        let reached = max(reachedSoFar, reply.escalation)
        let stateJSON = newState.storeText
        var visitorKey: String?
        if request.conversation == nil {
            let minted = VisitorKey.make()
            visitorKey = minted
            try db.cachedStatement(sql: """
                INSERT INTO conversation (id, createdAt, updatedAt, state, turnCount, escalation, visitorKeyHash)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [id, now, now, stateJSON, sequence, reached.rawValue, VisitorKey.hash(minted)])
            key = db.lastInsertedRowID
        } else {
            try db.cachedStatement(sql: "UPDATE conversation SET state = ?, turnCount = ?, escalation = ?, updatedAt = ? WHERE key = ?")
                .execute(arguments: [stateJSON, sequence, reached.rawValue, now, key])
        }
        // Keyed by the conversation's integer row, which grows with every new conversation: a
        // turn lands at the end of the (conversationKey, sequence) index, not on a random page.
        try db.cachedStatement(sql: """
            INSERT INTO turn (conversationKey, sequence, message, replyText, intent, plugin, confidence, escalation, excerptArticle, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                key, sequence, request.message, reply.text, reply.intent, reply.explanation.plugin, reply.confidence,
                reply.escalation.rawValue, reply.excerpt?.article, now,
            ])
        let turnID = db.lastInsertedRowID

        var handoff: StoredHandoff?
        if let handoffRequest = reply.handoff {
            let record = HandoffRecord(
                id: UUID.random().storeKey, conversationId: id, turnId: turnID, reason: handoffRequest.reason,
                intent: reply.intent, priority: handoffRequest.priority.rawValue, status: HandoffStatus.open.rawValue,
                crisisCategory: handoffRequest.crisisCategory?.rawValue, createdAt: date, updatedAt: date)
            try insertHandoff(record, db)
            handoff = try record.stored()
        }
        // A number the visitor typed and confirmed: on the handoff, with the consent, as the form does.
        if let callback = reply.callback, callback.consented {
            try recordCallback(conversation: conversationID, name: nil, phone: callback.phone, bestTime: nil, at: date, db)
        }

        return RecordedTurn(
            conversationID: conversationID, sequence: sequence, reply: reply, state: newState, handoff: handoff,
            visitorKey: visitorKey)
    }

    /// The turns of a conversation, in order.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    public func turns(of id: UUID) async throws -> [StoredTurn] {
        try await read { db in
            try Self.requireConversation(id, db)
            return try TurnRecord.fetchAll(
                db,
                sql: """
                    SELECT turn.*, conversation.id AS conversationId FROM turn
                    JOIN conversation ON conversation.key = turn.conversationKey
                    WHERE conversation.id = ? ORDER BY turn.sequence
                    """,
                arguments: [id.storeKey]
            ).map { try $0.stored() }
        }
    }
}

extension SQLiteStore {
    /// The turns of a conversation, in order, for the holder of its visitor key.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` for an unknown id, a wrong key, or a
    ///   conversation without one, alike.
    public func visitorTurns(of id: UUID, key: String) async throws -> [StoredTurn] {
        try await read { db in
            let hash = try String?.fetchOne(db, sql: "SELECT visitorKeyHash FROM conversation WHERE id = ?", arguments: [id.storeKey])
            guard VisitorKey.matches(key, storedHash: hash ?? nil) else {
                throw StoreError.notFound("no conversation \(id.storeKey) for this visitor key")
            }
            return try TurnRecord.fetchAll(
                db,
                sql: """
                    SELECT turn.*, conversation.id AS conversationId FROM turn
                    JOIN conversation ON conversation.key = turn.conversationKey
                    WHERE conversation.id = ? ORDER BY turn.sequence
                    """,
                arguments: [id.storeKey]
            ).map { try $0.stored() }
        }
    }
}

/// A visitor message waiting to be recorded: what `respond` takes, for batches.
public struct TurnRequest: Sendable {
    /// The conversation, or nil to start one.
    public var conversation: UUID?
    /// The visitor's words.
    public var message: String
    /// When the message arrived.
    public var date: Date
    /// Computes the reply and the next state from the current state; runs inside the transaction.
    public var responder: @Sendable (ConversationState) -> (Reply, ConversationState)

    public init(
        conversation: UUID?, message: String, date: Date,
        responder: @escaping @Sendable (ConversationState) -> (Reply, ConversationState)
    ) {
        self.conversation = conversation
        self.message = message
        self.date = date
        self.responder = responder
    }
}
