import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct SchemaTests {
    @Test func migrationsCreateTheSchemaInAWALDatabase() async throws {
        try await TemporaryStore.with { temporary in
            #expect(FileManager.default.fileExists(atPath: temporary.path))
            let queue = try DatabaseQueue(path: temporary.path)
            try await queue.read { db in
                for table in [
                    "conversation", "turn", "handoff", "notificationOutbox", "deliveryAttempt", "healthCheck", "staff", "auditLog",
                ] {
                    #expect(try db.tableExists(table), "missing table \(table)")
                }
                #expect(try db.columns(in: "turn").map(\.name) == [
                    "id", "conversationKey", "sequence", "message", "replyText", "intent", "plugin", "confidence",
                    "escalation", "excerptArticle", "createdAt",
                ])
                #expect(try db.table("turn", hasUniqueKey: ["conversationKey", "sequence"]))
                #expect(try db.primaryKey("conversation").rowIDColumn == "key")
                #expect(try db.table("conversation", hasUniqueKey: ["id"]))
                let indexes = try db.indexes(on: "notificationOutbox").map(\.name)
                #expect(indexes.contains("notificationOutbox_pending"))
                #expect(try db.indexes(on: "conversation").contains { $0.columns == ["updatedAt"] })
                #expect(try db.foreignKeys(on: "turn").contains {
                    $0.destinationTable == "conversation" && $0.destinationColumns == ["key"]
                })
                #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
                #expect(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") == ["v1", "v2", "v3", "v4"])
            }
        }
    }

    @Test(arguments: Backend.all) func reopeningAnExistingFileKeepsItsConversations(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let turn = try await temporary.say("what is group therapy", reply: Fixture.answer())
            let reopened = try await temporary.another()
            #expect(try await reopened.conversationExists(turn.conversationID))
            #expect(try await reopened.turns(of: turn.conversationID).map(\.message) == ["what is group therapy"])
            let next = try await reopened.respond(
                conversation: turn.conversationID, message: "thanks", at: Fixture.minutes(1)
            ) { state in (Fixture.answer("thanks"), state.after(Fixture.answer("thanks"))) }
            #expect(next.sequence == 2)
            await reopened.close()
        }
    }

    @Test func openingAVersionOneDatabaseAddsStaffAndAuditTablesAndKeepsConversations() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-store-tests-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("helpline.sqlite").path

        // A database as the first release left it: schema v1 and one conversation.
        let conversationID = UUID()
        do {
            let queue = try DatabaseQueue(path: path, configuration: SQLiteStore.makeConfiguration())
            try SQLiteStore.migrator.migrate(queue, upTo: "v1")
            try await queue.write { db in
                #expect(try !db.tableExists("staff"))
                try db.execute(
                    literal: """
                        INSERT INTO conversation (id, createdAt, updatedAt, state, turnCount, escalation)
                        VALUES (\(conversationID.uuidString.lowercased()), \(Fixture.start), \(Fixture.start), '{}', 0, 'none')
                        """)
            }
        }

        let store = try SQLiteStore(path: path)
        #expect(try await store.conversationExists(conversationID))
        #expect(try await store.listStaff().isEmpty)
        _ = try await store.addStaff(name: "pat", at: Fixture.start)
        try await store.recordAudit(staff: "pat", action: "read", targets: [], detail: nil, at: Fixture.start)
        #expect(try await store.auditLog(limit: 1).count == 1)
    }

    @Test func openingCreatesTheMissingParentFolder() async throws {
        try await TemporaryStore.with { temporary in
            let folder = URL(fileURLWithPath: temporary.path).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder))
            #expect(isFolder.boolValue)
        }
    }

    @Test(arguments: Backend.all) func writableCheckSucceedsOnAHealthyDatabase(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            try await temporary.store.checkWritable()
            try await temporary.store.checkWritable()
        }
    }

    @Test func aFolderThatCannotBeCreatedIsUnavailable() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-store-file-\(UUID())")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("not a folder".utf8).write(to: file)
        let error = #expect(throws: StoreError.self) {
            try SQLiteStore(path: file.appendingPathComponent("helpline.sqlite").path)
        }
        #expect(error?.code == .unavailable)
    }
}
