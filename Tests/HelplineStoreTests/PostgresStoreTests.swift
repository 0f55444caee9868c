import Foundation
import HelplineCore
import PostgresNIO
import Testing
@testable import HelplineStore

/// What only the PostgreSQL backend does: several instances on one database, server-side rules.
/// Skipped unless `HELPLINE_TEST_POSTGRES` names a server.
@Suite struct PostgresStoreTests {
    @Test(arguments: Backend.postgresOnly)
    func twoInstancesWritingOneConversationAtOnceGetGapFreeOrderedTurns(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = temporary.store
            let second = try await temporary.another()
            let id = try await temporary.say("message 0", reply: Fixture.answer()).conversationID

            let recorded = try await withThrowingTaskGroup(of: RecordedTurn.self) { group in
                for n in 1...40 {
                    let store = n.isMultiple(of: 2) ? first : second
                    group.addTask {
                        try await store.respond(conversation: id, message: "message \(n)", at: Fixture.minutes(Double(n))) {
                            state in
                            let reply = Fixture.answer(text: "turn \(state.turns + 1)")
                            return (reply, state.after(reply))
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            await second.close()

            #expect(Set(recorded.map(\.sequence)) == Set(2...41))
            for turn in recorded {
                #expect(turn.state.turns == turn.sequence)
                #expect(turn.reply.text == "turn \(turn.sequence)")
            }
            let stored = try await first.turns(of: id)
            #expect(stored.map(\.sequence) == Array(1...41))
            #expect(stored.dropFirst().allSatisfy { $0.replyText == "turn \($0.sequence)" })
            #expect(try await first.conversation(id)?.turnCount == 41)
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func twoInstancesClaimingTheOutboxAtOnceNeverGetTheSameItem(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            for n in 0..<30 {
                try await temporary.say("call me", reply: Fixture.handoff(), at: Fixture.minutes(Double(n)))
            }
            let first = temporary.store
            let second = try await temporary.another()
            let now = Fixture.days(1)
            let claims = try await withThrowingTaskGroup(of: [OutboxItem].self) { group in
                for round in 0..<10 {
                    let store = round.isMultiple(of: 2) ? first : second
                    group.addTask { try await store.claimNotifications(at: now, limit: 4, leaseUntil: Fixture.days(2)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            await second.close()

            let ids = claims.flatMap { $0.map(\.id) }
            #expect(ids.count == Set(ids).count, "an item was claimed twice")
            #expect(ids.count == 30)
            for claim in claims {
                #expect(claim.map(\.createdAt) == claim.map(\.createdAt).sorted(), "a claim is out of order")
            }
            #expect(try await first.dueNotifications(at: now, limit: 100).isEmpty)
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func aPurgeWhileAnotherInstancePurgesReturnsEmpty(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            for n in 0..<5 {
                try await temporary.say("hello", reply: Fixture.answer("greeting"), at: Fixture.minutes(Double(n)))
            }
            let other = try await temporary.another()
            let pg = temporary.postgresStore
            let cutoff = Fixture.days(30)

            // Another instance's purge holds the lock: this one returns at once, deleting nothing.
            let whileHeld = try await pg.withConnection { connection in
                try await connection.run("SELECT pg_advisory_lock(\(PostgresStore.purgeLockKey))", pg.logger)
                let result = try await other.purge(olderThan: cutoff)
                try await connection.run("SELECT pg_advisory_unlock(\(PostgresStore.purgeLockKey))", pg.logger)
                return result
            }
            #expect(whileHeld == PurgeResult())
            #expect(try await pg.conversationCount() == 5)

            // Both at once: each conversation is deleted once, by one of them.
            async let a = pg.purge(olderThan: cutoff)
            async let b = other.purge(olderThan: cutoff)
            let results = try await [a, b]
            await other.close()
            #expect(results.map(\.conversations).sorted() == [0, 5])
            #expect(results.contains(PurgeResult()))
            #expect(try await pg.conversationCount() == 0)
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func theAuditLogRefusesUpdateDeleteAndTruncate(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let pg = temporary.postgresStore
            try await pg.recordAudit(staff: "pat", action: "read", targets: ["a"], detail: nil, at: Fixture.start)
            for statement in ["UPDATE audit_log SET staff = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
                let error = await #expect(throws: StoreError.self, "\(statement)") { try await pg.execute(statement) }
                #expect(error?.code == .failed)
                #expect(error?.message.contains("the audit log is append-only") == true, "\(error?.message ?? "")")
            }
            #expect(try await pg.auditLog(limit: 10).map(\.staff) == ["pat"])
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func auditTargetsAreStoredAsAJSONArray(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let pg = temporary.postgresStore
            try await pg.recordAudit(staff: "pat", action: "export", targets: ["a", "b \"quoted\""], detail: nil, at: Fixture.start)
            let row = try #require(try await pg.rows("SELECT jsonb_typeof(targets), targets->>1 FROM audit_log").first)
            let (kind, second) = try row.decode((String, String).self)
            #expect(kind == "array")
            #expect(second == "b \"quoted\"")
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func onlyTheTokensHashIsStored(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let pg = temporary.postgresStore
            let (_, token) = try await pg.addStaff(name: "pat", at: Fixture.start)
            let rows = try await pg.rows("SELECT row_to_json(staff)::text FROM staff")
            #expect(rows.count == 1)
            let json = try #require(rows.first).decode(String.self)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["id", "name", "token_hash", "created_at", "revoked_at"])
            #expect(object["token_hash"] as? String == StaffCredentials.hash(token))
            #expect(!json.contains(String(token.dropFirst(3))), "the token is stored in the staff table")
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func migrationsCreateTheSchemaOnceEvenWhenInstancesStartTogether(_ backend: Backend) async throws {
        try await TestPostgres.withDatabase { location in
            let stores = try await withThrowingTaskGroup(of: PostgresStore.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await PostgresStore(location: location, options: TestPostgres.options) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let store = try #require(stores.first)
            let migrations = try await store.rows("SELECT identifier FROM helpline_migrations ORDER BY id")
                .map { try $0.decode(String.self) }
            #expect(migrations == ["v1", "v2", "v3", "v4"])
            let tables = try await store.rows(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1"
            ).map { try $0.decode(String.self) }
            #expect(tables == [
                "audit_log", "conversation", "delivery_attempt", "handoff", "health_check", "helpline_migrations",
                "notification_outbox", "staff", "turn",
            ])
            let columns = try await store.rows(
                """
                SELECT column_name::text FROM information_schema.columns WHERE table_name = 'turn' ORDER BY ordinal_position
                """
            ).map { try $0.decode(String.self) }
            #expect(columns == [
                "id", "sequence", "message", "reply_text", "intent", "plugin", "confidence",
                "escalation", "excerpt_article", "created_at", "conversation_key",
            ])
            for store in stores { await store.close() }
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func constraintsMapToConflictAndFailedWithoutQuotingValues(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let pg = temporary.postgresStore
            let recorded = try await temporary.say("call me", reply: Fixture.handoff())
            let handoff = try #require(recorded.handoff)
            let status = await #expect(throws: StoreError.self) {
                try await pg.execute("UPDATE handoff SET status = 'forgotten' WHERE id = '\(handoff.id.storeKey)'")
            }
            #expect(status?.code == .failed)
            #expect(status?.message.contains("handoff_status_check") == true, "\(status?.message ?? "")")
            let duplicate = await #expect(throws: StoreError.self) {
                try await pg.execute(
                    """
                    INSERT INTO turn (conversation_key, sequence, message, reply_text, intent, plugin, confidence, escalation, created_at)
                    SELECT conversation_key, sequence, 'my secret words', '', '', '', 0, 'none', now() FROM turn
                    """)
            }
            #expect(duplicate?.code == .conflict)
            #expect(duplicate?.message.contains("my secret words") == false)
            let value = await #expect(throws: StoreError.self) { try await pg.execute("SELECT 'my secret words'::uuid") }
            #expect(value?.code == .invalidData)
            #expect(value?.message.contains("my secret words") == false, "\(value?.message ?? "")")
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func sessionsGiveUpOnAStatementAfterTheOperationTimeout(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let row = try #require(try await temporary.postgresStore.rows("SHOW statement_timeout").first)
            // PostgreSQL shows whole minutes as "5min".
            #expect(TestPostgres.options.operationTimeout == .seconds(300))
            #expect(try row.decode(String.self) == "5min")
        }
    }
}
