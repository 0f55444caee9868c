public import Foundation
import Logging
public import HelplineCore
import PostgresNIO

extension PostgresStore {
    /// Records one visitor message and the reply to it, in one transaction.
    ///
    /// Creates the conversation when `id` is nil; otherwise locks its row (`SELECT … FOR
    /// UPDATE`), so messages of one conversation arriving at several instances at once wait for
    /// each other: each sees the state the previous one left and gets the next sequence number.
    /// Stores the turn and the new state and, when the reply asks for a handoff, opens one with
    /// its `handoff.opened` notification. Either all of that is stored, or none of it.
    ///
    /// - Parameters:
    ///   - id: The conversation, or nil to start one with a random id.
    ///   - message: The visitor's words, stored in the turn only.
    ///   - date: When the message arrived.
    ///   - responder: Computes the reply and the next state from the current state. It runs
    ///     inside the transaction, holding the conversation's lock: it must be pure and fast.
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when `id` names no conversation
    ///   (never created, or purged).
    public func respond(
        conversation id: UUID?, message: String, at date: Date,
        using responder: @escaping @Sendable (ConversationState) -> (Reply, ConversationState)
    ) async throws -> RecordedTurn {
        try await record(TurnRequest(conversation: id, message: message, date: date, responder: responder))
    }

    /// Records several turns, each in its own transaction, and returns their results in order.
    ///
    /// Turns of one conversation are recorded one after another in the batch's order; different
    /// conversations go in parallel, on separate connections. There is no shared commit to
    /// gain on a server, and one transaction per turn means no transaction ever holds two
    /// conversations' locks, so instances cannot deadlock on each other's batches.
    ///
    /// A turn for an unknown conversation fails alone. Any other failure fails the call; unlike
    /// ``SQLiteStore``'s batch, turns of the batch that were already committed stay recorded.
    ///
    /// The batch runs to its end even if the calling task is cancelled: it holds other callers'
    /// turns, and one of them giving up must not leave the rest half recorded.
    public func respond(batch requests: [TurnRequest]) async throws -> [Result<RecordedTurn, StoreError>] {
        // A task of its own, awaited here, so the caller's cancellation does not reach it.
        try await Task { try await respondEach(requests) }.value
    }

    /// ``respond(batch:)``, in the caller's task.
    private func respondEach(_ requests: [TurnRequest]) async throws -> [Result<RecordedTurn, StoreError>] {
        // Indexes of the requests, grouped by conversation; every new conversation alone.
        var groups: [[Int]] = []
        var groupOfConversation: [UUID: Int] = [:]
        for (index, request) in requests.enumerated() {
            if let id = request.conversation, let group = groupOfConversation[id] {
                groups[group].append(index)
            } else {
                if let id = request.conversation { groupOfConversation[id] = groups.count }
                groups.append([index])
            }
        }

        var results = [Result<RecordedTurn, StoreError>?](repeating: nil, count: requests.count)
        try await withThrowingTaskGroup(of: [(Int, Result<RecordedTurn, StoreError>)].self) { tasks in
            var pending = groups.makeIterator()
            func startNext() {
                guard let indexes = pending.next() else { return }
                tasks.addTask {
                    var recorded: [(Int, Result<RecordedTurn, StoreError>)] = []
                    for index in indexes {
                        do {
                            recorded.append((index, .success(try await record(requests[index]))))
                        } catch let error as StoreError where error.code == .notFound {
                            recorded.append((index, .failure(error)))
                        }
                    }
                    return recorded
                }
            }
            // Never more at once than the pool has connections.
            for _ in 0..<max(1, options.maximumConnections) { startNext() }
            while let recorded = try await tasks.next() {
                for (index, result) in recorded { results[index] = result }
                startNext()
            }
        }
        return results.map { $0! }
    }

    /// Records one turn in its own transaction.
    private func record(_ request: TurnRequest) async throws -> RecordedTurn {
        let logger = self.logger
        return try await write { connection in try await Self.record(request, connection, logger) }
    }

    /// Writes one turn (and its conversation, handoff and notification) inside a transaction.
    static func record(_ request: TurnRequest, _ connection: PostgresConnection, _ logger: Logger) async throws
        -> RecordedTurn
    {
        let date = request.date
        let conversationID = request.conversation ?? UUID.random()
        var key = 0
        var state = ConversationState()
        var turnCount = 0
        var reachedSoFar = Escalation.none
        if request.conversation != nil {
            let rows = try await connection.rows(
                "SELECT key, state::text, turn_count, escalation FROM conversation WHERE id = \(conversationID) FOR UPDATE", logger)
            guard let row = rows.first else {
                throw StoreError.notFound("no conversation \(conversationID.storeKey)")
            }
            let (conversationKey, stateText, count, escalation) = try row.decode((Int, String, Int, String).self)
            key = conversationKey
            state = try JSONDecoder().decode(ConversationState.self, from: Data(stateText.utf8))
            turnCount = count
            reachedSoFar = Escalation(rawValue: escalation) ?? .none
        }

        let (reply, newState) = request.responder(state)
        let sequence = turnCount + 1
        let reached = max(reachedSoFar, reply.escalation)
        let stateJSON = newState.storeText
        var visitorKey: String?
        if request.conversation == nil {
            let minted = VisitorKey.make()
            visitorKey = minted
            let keyHash = VisitorKey.hash(minted)
            key = try await connection.integer(
                """
                INSERT INTO conversation (id, created_at, updated_at, state, turn_count, escalation, visitor_key_hash)
                VALUES (\(conversationID), \(date.postgres), \(date.postgres), \(stateJSON)::jsonb, \(sequence), \(reached.rawValue),
                    \(keyHash))
                RETURNING key
                """, logger)
        } else {
            try await connection.run(
                """
                UPDATE conversation SET state = \(stateJSON)::jsonb, turn_count = \(sequence), escalation = \(reached.rawValue),
                    updated_at = \(date.postgres)
                WHERE key = \(key)
                """, logger)
        }
        let turnID = try await connection.integer(
            """
            INSERT INTO turn (conversation_key, sequence, message, reply_text, intent, plugin, confidence, escalation,
                excerpt_article, created_at)
            VALUES (\(key), \(sequence), \(request.message.postgresSafe), \(reply.text.postgresSafe), \(reply.intent),
                \(reply.explanation.plugin), \(reply.confidence), \(reply.escalation.rawValue), \(reply.excerpt?.article),
                \(date.postgres))
            RETURNING id
            """, logger)

        var handoff: StoredHandoff?
        if let handoffRequest = reply.handoff {
            let opened = StoredHandoff(
                id: UUID.random(), conversationID: conversationID, turnID: Int64(turnID), reason: handoffRequest.reason,
                intent: reply.intent, priority: handoffRequest.priority, status: .open,
                crisisCategory: handoffRequest.crisisCategory, callback: nil, note: nil, updatedBy: nil, createdAt: date,
                updatedAt: date)
            try await insertHandoff(opened, connection, logger)
            handoff = opened
        }
        // A number the visitor typed and confirmed: on the handoff, with the consent, as the form does.
        if let callback = reply.callback, callback.consented {
            _ = try await recordCallback(
                conversation: conversationID, name: nil, phone: callback.phone, bestTime: nil, at: date, connection, logger)
        }

        return RecordedTurn(
            conversationID: conversationID, sequence: sequence, reply: reply, state: newState, handoff: handoff,
            visitorKey: visitorKey)
    }

    /// The turns of a conversation, in order.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` when there is no such conversation.
    public func turns(of id: UUID) async throws -> [StoredTurn] {
        let logger = self.logger
        return try await read { connection in
            try await Self.requireConversation(id, connection, logger)
            return try await connection.rows(
                """
                SELECT \(unescaped: Self.turnColumns) FROM turn t JOIN conversation c ON c.key = t.conversation_key
                WHERE c.id = \(id) ORDER BY t.sequence
                """, logger
            ).map(Self.turn)
        }
    }

    /// The turns of a conversation, in order, for the holder of its visitor key.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/notFound`` for an unknown id, a wrong key, or a
    ///   conversation without one, alike.
    public func visitorTurns(of id: UUID, key: String) async throws -> [StoredTurn] {
        let logger = self.logger
        return try await read { connection in
            let rows = try await connection.rows("SELECT visitor_key_hash FROM conversation WHERE id = \(id)", logger)
            let hash = try rows.first?.decode(String?.self) ?? nil
            guard VisitorKey.matches(key, storedHash: hash) else {
                throw StoreError.notFound("no conversation \(id.storeKey) for this visitor key")
            }
            return try await connection.rows(
                """
                SELECT \(unescaped: Self.turnColumns) FROM turn t JOIN conversation c ON c.key = t.conversation_key
                WHERE c.id = \(id) ORDER BY t.sequence
                """, logger
            ).map(Self.turn)
        }
    }
}
