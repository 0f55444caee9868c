import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

/// Migration "v3" (turns keyed by the conversation's integer key), on a database that the
/// previous version left: schema "v2" only, holding conversations, turns, a handoff on a turn,
/// its notification and a delivery attempt, written with that version's column names.
@Suite struct TurnKeyMigrationTests {
    let older = UUID(uuidString: "0e7d1a3c-0000-4000-8000-000000000001")!
    let newer = UUID(uuidString: "9b2f4c11-0000-4000-8000-000000000002")!
    let handoffID = UUID(uuidString: "5a5a5a5a-0000-4000-8000-000000000003")!

    @Test(arguments: Backend.all)
    func aStoreMadeByTheVersionBeforeKeepsEveryRowAndRecordsNewTurns(_ backend: Backend) async throws {
        try await withPreviousVersionStore(backend) { store in
            #expect(try await store.conversationCount() == 2)

            let olderTurns = try await store.turns(of: older)
            #expect(olderTurns.map(\.message) == ["hello"])
            #expect(olderTurns.map(\.conversationID) == [older])
            let newerTurns = try await store.turns(of: newer)
            #expect(newerTurns.map(\.message) == ["i need to talk to someone", "please call me", "thanks"])
            #expect(newerTurns.map(\.sequence) == [1, 2, 3])
            #expect(newerTurns.map(\.intent) == ["talk-to-person", "talk-to-person", "thanks"])
            #expect(newerTurns.allSatisfy { $0.conversationID == newer })
            #expect(newerTurns[1].createdAt == Fixture.minutes(11))
            #expect(newerTurns[1].excerptArticle == nil)
            #expect(newerTurns[0].excerptArticle == "group-therapy-during-recovery")

            let conversation = try #require(try await store.conversation(newer))
            #expect(conversation.turnCount == 3)
            #expect(conversation.createdAt == Fixture.minutes(10))
            #expect(conversation.state.lastIntent == "thanks")

            // The handoff still points at its turn, and its notification and attempt survived.
            let handoffs = try await store.handoffs(of: newer)
            #expect(handoffs.map(\.id) == [handoffID])
            #expect(handoffs.first?.turnID == newerTurns[1].id)
            #expect(handoffs.first?.status == .open)
            let notifications = try await store.notifications(ofHandoff: handoffID)
            #expect(notifications.map(\.event) == ["handoff.opened"])
            #expect(notifications.first?.attempts == 1)
            let outboxID = try #require(notifications.first?.id)
            #expect(try await store.deliveryAttempts(outboxID: outboxID).map(\.statusCode) == [500])
            #expect(try await store.listHandoffs(status: .open, priority: nil, limit: 10).map(\.conversationID) == [newer])

            // New turns: in an old conversation, numbered on, and in a new one; no turn id reused.
            let next = try await store.respond(conversation: newer, message: "one more", at: Fixture.minutes(30)) { state in
                (Fixture.answer(), state.after(Fixture.answer()))
            }
            #expect(next.sequence == 4)
            let fresh = try await store.respond(conversation: nil, message: "hi", at: Fixture.minutes(31)) { state in
                (Fixture.answer("greeting"), state.after(Fixture.answer("greeting")))
            }
            let continued = try #require(try await store.turns(of: newer).last)
            let started = try await store.turns(of: fresh.conversationID)
            let newIDs = [continued.id] + started.map(\.id)
            let oldIDs = (olderTurns + newerTurns).map(\.id)
            #expect(newIDs.allSatisfy { id in oldIDs.allSatisfy { $0 < id } })
            if backend == .sqlite {
                // The previous version had given out ids up to 10 (later turns purged).
                #expect(newIDs.min() == 11)
            }
            #expect(try await store.turns(of: newer).map(\.sequence) == [1, 2, 3, 4])
            #expect(try await store.conversationCount() == 3)

            // Purging the old conversations takes their turns with them, not the new one's.
            let purged = try await store.purge(olderThan: Fixture.minutes(5))
            #expect(purged.conversations == 1)
            #expect(purged.turns == 1)
            #expect(try await store.conversationExists(older) == false)
            #expect(try await store.turns(of: fresh.conversationID).map(\.message) == ["hi"])
        }
    }

    @Test func theSQLiteMigrationLeavesNoForeignKeyBrokenAndNumbersConversationsByAge() async throws {
        try await withPreviousVersionStore(.sqlite) { store in
            let sqlite = try #require(store as? SQLiteStore)
            try await sqlite.pool.read { (db: Database) throws in
                #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
                #expect(try String.fetchAll(db, sql: "SELECT id FROM conversation ORDER BY key") == [
                    older.storeKey, newer.storeKey,
                ])
                #expect(try !db.tableExists("conversation_v3"))
                #expect(try !db.tableExists("turn_v3"))
            }
        }
    }

    // MARK: - The previous version's database

    /// Builds a database with the migrations up to "v2" and the previous version's rows, then
    /// opens it with the current code, as an upgraded server would.
    private func withPreviousVersionStore(
        _ backend: Backend, _ body: (any HelplineStore) async throws -> Void
    ) async throws {
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-store-tests-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("helpline.sqlite").path
            do {
                let queue = try DatabaseQueue(path: path, configuration: SQLiteStore.makeConfiguration())
                try SQLiteStore.migrator.migrate(queue, upTo: "v2")
                try await queue.write { db in
                    for statement in sqliteRows() { try db.execute(sql: statement) }
                }
                try queue.close()
            }
            let store = try SQLiteStore(path: path)
            try await body(store)
            await store.close()
        case .postgres:
            try await TestPostgres.withDatabase { location in
                let previous = try await PostgresStore(location: location, logger: nil, options: TestPostgres.options, migrating: false)
                try await previous.migrate(upTo: "v2")
                for statement in postgresRows() { try await previous.execute(statement) }
                await previous.close()
                let store = try await PostgresStore(location: location, options: TestPostgres.options)
                do {
                    try await body(store)
                } catch {
                    await store.close()
                    throw error
                }
                await store.close()
            }
        }
    }

    /// The state after replies with these intents.
    private func state(after intents: [String]) -> String {
        intents.reduce(ConversationState()) { state, intent in state.after(Fixture.answer(intent)) }.storeText
    }

    private func sqliteRows() -> [String] {
        func date(_ minutes: Double) -> String { "'\(StoreDate.text(Fixture.minutes(minutes)))'" }
        return [
            """
            INSERT INTO conversation (id, createdAt, updatedAt, state, turnCount, escalation) VALUES
            ('\(newer.storeKey)', \(date(10)), \(date(12)), '\(state(after: ["talk-to-person", "talk-to-person", "thanks"]))', 3, 'handoff'),
            ('\(older.storeKey)', \(date(0)), \(date(0)), '\(state(after: ["greeting"]))', 1, 'none')
            """,
            """
            INSERT INTO turn (conversationId, sequence, message, replyText, intent, plugin, confidence, escalation, excerptArticle, createdAt) VALUES
            ('\(older.storeKey)', 1, 'hello', 'Hi.', 'greeting', 'intent-matcher', 1, 'none', NULL, \(date(0))),
            ('\(newer.storeKey)', 1, 'i need to talk to someone', 'I can ask.', 'talk-to-person', 'intent-matcher', 0.9, 'handoff',
                'group-therapy-during-recovery', \(date(10))),
            ('\(newer.storeKey)', 2, 'please call me', 'A counselor will call.', 'talk-to-person', 'intent-matcher', 1, 'handoff', NULL, \(date(11))),
            ('\(newer.storeKey)', 3, 'thanks', 'You are welcome.', 'thanks', 'intent-matcher', 1, 'none', NULL, \(date(12)))
            """,
            // Turns 5 to 10 were recorded and purged: their ids must never be given out again.
            "UPDATE sqlite_sequence SET seq = 10 WHERE name = 'turn'",
            """
            INSERT INTO handoff (id, conversationId, turnId, reason, intent, priority, status, createdAt, updatedAt)
            SELECT '\(handoffID.storeKey)', '\(newer.storeKey)', id, 'visitor asked to talk to a person', 'talk-to-person', 'normal',
                'open', \(date(11)), \(date(11))
            FROM turn WHERE conversationId = '\(newer.storeKey)' AND sequence = 2
            """,
            """
            INSERT INTO notificationOutbox (handoffId, event, payload, attempts, nextAttemptAt, createdAt)
            VALUES ('\(handoffID.storeKey)', 'handoff.opened', '{}', 1, \(date(20)), \(date(11)))
            """,
            """
            INSERT INTO deliveryAttempt (outboxId, attemptedAt, succeeded, statusCode, error)
            SELECT id, \(date(11)), 0, 500, 'server error' FROM notificationOutbox
            """,
        ]
    }

    private func postgresRows() -> [String] {
        func date(_ minutes: Double) -> String { "'\(Fixture.minutes(minutes).ISO8601Format())'::timestamptz" }
        return [
            """
            INSERT INTO conversation (id, created_at, updated_at, state, turn_count, escalation) VALUES
            ('\(newer.storeKey)', \(date(10)), \(date(12)), '\(state(after: ["talk-to-person", "talk-to-person", "thanks"]))', 3, 'handoff'),
            ('\(older.storeKey)', \(date(0)), \(date(0)), '\(state(after: ["greeting"]))', 1, 'none')
            """,
            """
            INSERT INTO turn (conversation_id, sequence, message, reply_text, intent, plugin, confidence, escalation, excerpt_article, created_at) VALUES
            ('\(older.storeKey)', 1, 'hello', 'Hi.', 'greeting', 'intent-matcher', 1, 'none', NULL, \(date(0))),
            ('\(newer.storeKey)', 1, 'i need to talk to someone', 'I can ask.', 'talk-to-person', 'intent-matcher', 0.9, 'handoff',
                'group-therapy-during-recovery', \(date(10))),
            ('\(newer.storeKey)', 2, 'please call me', 'A counselor will call.', 'talk-to-person', 'intent-matcher', 1, 'handoff', NULL, \(date(11))),
            ('\(newer.storeKey)', 3, 'thanks', 'You are welcome.', 'thanks', 'intent-matcher', 1, 'none', NULL, \(date(12)))
            """,
            """
            INSERT INTO handoff (id, conversation_id, turn_id, reason, intent, priority, status, created_at, updated_at)
            SELECT '\(handoffID.storeKey)', '\(newer.storeKey)', id, 'visitor asked to talk to a person', 'talk-to-person', 'normal',
                'open', \(date(11)), \(date(11))
            FROM turn WHERE conversation_id = '\(newer.storeKey)' AND sequence = 2
            """,
            """
            INSERT INTO notification_outbox (handoff_id, event, payload, attempts, next_attempt_at, created_at)
            VALUES ('\(handoffID.storeKey)', 'handoff.opened', '{}', 1, \(date(20)), \(date(11)))
            """,
            """
            INSERT INTO delivery_attempt (outbox_id, attempted_at, succeeded, status_code, error)
            SELECT id, \(date(11)), false, 500, 'server error' FROM notification_outbox
            """,
        ]
    }
}
