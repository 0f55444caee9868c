import GRDB

extension SQLiteStore {
    /// The schema, as string-named migrations. Append only: never edit or reorder a migration
    /// that has shipped; add "v2", "v3"… below.
    ///
    /// Conventions: ids of conversations and handoffs are lower-case UUID text (a turn refers to
    /// its conversation by the conversation's integer `key`, since "v3"); dates are
    /// GRDB's default text format (`yyyy-MM-dd HH:mm:ss.SSS`, UTC), which sorts and compares
    /// as text; enums are stored as their raw strings.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1") { db in
            try db.create(table: "conversation") { t in
                t.primaryKey("id", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull().indexed()  // retention purge
                t.column("state", .jsonText).notNull()  // ConversationState
                t.column("turnCount", .integer).notNull().defaults(to: 0)
                t.column("escalation", .text).notNull()  // the highest Escalation reached
            }

            try db.create(table: "turn") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("conversationId", .text).notNull()
                    .references("conversation", onDelete: .cascade)
                t.column("sequence", .integer).notNull()
                t.column("message", .text).notNull()
                t.column("replyText", .text).notNull()
                t.column("intent", .text).notNull()
                t.column("plugin", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("escalation", .text).notNull()
                t.column("excerptArticle", .text)
                t.column("createdAt", .datetime).notNull()
                // Also the index for "the turns of a conversation, in order".
                t.uniqueKey(["conversationId", "sequence"])
            }

            try db.create(table: "handoff") { t in
                t.primaryKey("id", .text)
                // No cascade: a conversation cannot be deleted while it has a handoff, so a
                // purge can never take an open handoff with it by accident.
                t.column("conversationId", .text).notNull()
                    .references("conversation", onDelete: .restrict)
                t.column("turnId", .integer).indexed()  // null when opened by a call-back request
                    .references("turn", onDelete: .setNull)
                t.column("reason", .text).notNull()
                t.column("intent", .text)
                // 'normal' | 'urgent'. Not CHECKed, nor are escalation and crisisCategory: their
                // values belong to HelplineCore, and a new one must never make a crisis turn fail
                // to record. The status belongs to the store: its list is frozen here, as written.
                t.column("priority", .text).notNull()
                t.column("status", .text).notNull()
                    .check { ["open", "contacted", "closed", "no-contact"].contains($0) }
                t.column("crisisCategory", .text)
                t.column("callbackName", .text)
                t.column("callbackPhone", .text)
                t.column("callbackBestTime", .text)
                t.column("callbackConsentAt", .datetime)
                t.column("note", .text)
                t.column("updatedBy", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            // A conversation's handoffs by status (call-backs, purge); staff lists by status.
            try db.create(index: "handoff_on_conversationId_status", on: "handoff", columns: ["conversationId", "status"])
            try db.create(index: "handoff_on_status_createdAt", on: "handoff", columns: ["status", "createdAt"])

            try db.create(table: "notificationOutbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("handoffId", .text).notNull().indexed()
                    .references("handoff", onDelete: .cascade)
                t.column("event", .text).notNull()
                t.column("payload", .jsonText).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("nextAttemptAt", .datetime)  // null once delivered or given up
                t.column("deliveredAt", .datetime)
                t.column("lastError", .text)
                t.column("createdAt", .datetime).notNull()
            }
            // Only pending rows are indexed: the worker's "what is due" query stays small.
            try db.create(
                index: "notificationOutbox_pending", on: "notificationOutbox", columns: ["nextAttemptAt", "createdAt"],
                condition: Column("deliveredAt") == nil)

            try db.create(table: "deliveryAttempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("outboxId", .integer).notNull().indexed()
                    .references("notificationOutbox", onDelete: .cascade)
                t.column("attemptedAt", .datetime).notNull()
                t.column("succeeded", .boolean).notNull()
                t.column("statusCode", .integer)
                t.column("error", .text)
            }

            // One row, rewritten by `checkWritable()` to prove the whole commit path works.
            try db.create(table: "healthCheck") { t in
                t.primaryKey("id", .integer)
                t.column("checkedAt", .datetime).notNull()
            }
        }

        // Staff accounts and the audit log of what staff read and changed.
        migrator.registerMigration("v2") { db in
            try db.create(table: "staff") { t in
                t.autoIncrementedPrimaryKey("id")
                // NOCASE: "Pat" and "pat" are one name, so the audit log cannot confuse them.
                // Names are never reused, even once revoked: an audit row's name means one account.
                t.column("name", .text).notNull().unique().collate(.nocase)
                t.column("tokenHash", .text).notNull().unique()  // lower-case hex SHA-256 of the token
                t.column("createdAt", .datetime).notNull()
                t.column("revokedAt", .datetime)
            }

            try db.create(table: "auditLog") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull().indexed()
                // A name, not a foreign key: the log outlives staff accounts and names the CLI too.
                t.column("staff", .text).notNull()
                t.column("action", .text).notNull()
                t.column("targets", .jsonText).notNull()  // JSON array of ids
                t.column("detail", .text)
            }
            try db.create(index: "auditLog_on_staff_at", on: "auditLog", columns: ["staff", "at"])
            // Append-only, whatever a later query does: retention purges conversations, never this.
            try db.execute(
                sql: """
                    CREATE TRIGGER auditLog_no_update BEFORE UPDATE ON auditLog
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    CREATE TRIGGER auditLog_no_delete BEFORE DELETE ON auditLog
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                    """)
        }

        // Turns keyed by the conversation's integer row instead of its random UUID text, so a
        // new conversation's turns land at the end of the turn index rather than on a random
        // page of it (every insert used to dirty, and the next checkpoint copy, one such page).
        // The UUID stays the conversation's public id, unique, and what handoffs refer to: they
        // are few beside turns, and staff look them up by it.
        //
        // SQLite cannot change a primary key or a foreign key in place, so both tables are
        // rebuilt and their rows copied: conversations in the order they were created (so
        // `key` follows age), turns keeping their ids (handoffs refer to them) and their
        // AUTOINCREMENT counter (no id is ever given out twice).
        migrator.registerMigration("v3") { db in
            try db.create(table: "conversation_v3") { t in
                // INTEGER PRIMARY KEY: SQLite's rowid itself, which a VACUUM never renumbers.
                t.primaryKey("key", .integer)
                t.column("id", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("state", .jsonText).notNull()
                t.column("turnCount", .integer).notNull().defaults(to: 0)
                t.column("escalation", .text).notNull()
            }
            try db.execute(sql: """
                INSERT INTO conversation_v3 (id, createdAt, updatedAt, state, turnCount, escalation)
                SELECT id, createdAt, updatedAt, state, turnCount, escalation FROM conversation ORDER BY createdAt, rowid
                """)

            try db.create(table: "turn_v3") { t in
                t.autoIncrementedPrimaryKey("id")
                // Named for the table it ends up referring to, once renamed below.
                t.column("conversationKey", .integer).notNull()
                    .references("conversation", column: "key", onDelete: .cascade)
                t.column("sequence", .integer).notNull()
                t.column("message", .text).notNull()
                t.column("replyText", .text).notNull()
                t.column("intent", .text).notNull()
                t.column("plugin", .text).notNull()
                t.column("confidence", .double).notNull()
                t.column("escalation", .text).notNull()
                t.column("excerptArticle", .text)
                t.column("createdAt", .datetime).notNull()
                // Also the index for "the turns of a conversation, in order".
                t.uniqueKey(["conversationKey", "sequence"])
            }
            try db.execute(sql: """
                INSERT INTO turn_v3 (id, conversationKey, sequence, message, replyText, intent, plugin, confidence,
                    escalation, excerptArticle, createdAt)
                SELECT turn.id, conversation_v3.key, turn.sequence, turn.message, turn.replyText, turn.intent, turn.plugin,
                    turn.confidence, turn.escalation, turn.excerptArticle, turn.createdAt
                FROM turn JOIN conversation_v3 ON conversation_v3.id = turn.conversationId
                ORDER BY turn.id
                """)
            let turnSequence = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'turn'") ?? 0

            // Foreign keys are off during a migration (GRDB checks them all once it ends), so the
            // old tables can go while handoffs still refer to them by name; the handoffs' foreign
            // keys then find the new tables under the same names.
            try db.drop(table: "turn")
            try db.drop(table: "conversation")
            try db.rename(table: "conversation_v3", to: "conversation")
            try db.rename(table: "turn_v3", to: "turn")
            try db.create(index: "conversation_on_updatedAt", on: "conversation", columns: ["updatedAt"])  // retention purge
            try db.execute(
                sql: "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'turn'", arguments: [turnSequence])
            try db.execute(
                sql: "INSERT INTO sqlite_sequence (name, seq) SELECT 'turn', ? WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'turn')",
                arguments: [turnSequence])
        }

        // The visitor key's hash (VisitorKey), so the visitor's own browser can read its
        // conversation back after a reload. Null for conversations made before: they cannot be
        // read back, which only means a reload shows the welcome, as it did.
        migrator.registerMigration("v4") { db in
            try db.alter(table: "conversation") { t in
                t.add(column: "visitorKeyHash", .text)
            }
        }

        // Migrations for later versions go here: migrator.registerMigration("v5") { … }

        return migrator
    }
}
