import Foundation
import HelplineCore
import HelplineStore
import Testing

/// The staff commands, run as a staff member would: the real `helpline` binary on a store file.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    func helpline(_ arguments: [String]) async throws -> Run {
        let binary = Repository.root.appendingPathComponent(".build/debug/helpline").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the helpline command first (make test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let (out, err) = try await offThePool {
            (output.fileHandleForReading.readDataToEndOfFile(), errors.fileHandleForReading.readDataToEndOfFile())
        }
        await process.exited()
        return Run(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    /// A store with one conversation that went: greeting, a cost question, yes to a call back.
    func storeWithConversation(_ workspace: Workspace) async throws -> UUID {
        let store = try SQLiteStore(path: workspace.store)
        let responder = try IntentLoader().load(directory: workspace.intents)
        var id: UUID?
        for message in ["hello", "how much does treatment cost", "yes please"] {
            let turn = try await store.respond(conversation: id, message: message, at: Date()) { responder.reply(to: message, in: $0) }
            id = turn.conversationID
        }
        return id!
    }

    @Test func staffTokensAreShownOnceAndCanBeRevoked() async throws {
        let workspace = try Workspace()
        let added = try await helpline(["staff", "add", "sam", "--store", workspace.store])
        #expect(added.status == 0)
        let token = try #require(added.output.split(separator: "\n").first { $0.hasPrefix("token: hl_") })
        #expect(try await helpline(["staff", "add", "sam", "--store", workspace.store]).status == 1, "names are unique")
        let listed = try await helpline(["staff", "list", "--store", workspace.store])
        #expect(listed.output.contains("sam") && listed.output.contains("active"))
        #expect(!listed.output.contains(token.dropFirst("token: ".count)))
        #expect(try await helpline(["staff", "revoke", "sam", "--store", workspace.store]).status == 0)
        #expect(try await helpline(["staff", "list", "--store", workspace.store]).output.contains("revoked"))
        #expect(try await helpline(["staff", "revoke", "nobody", "--store", workspace.store]).status == 1)
    }

    @Test func handoffsCanBeListedShownAndUpdated() async throws {
        let workspace = try Workspace()
        let conversation = try await storeWithConversation(workspace)
        let list = try await helpline(["handoffs", "list", "--store", workspace.store, "--by", "dana"])
        #expect(list.status == 0)
        let id = try #require(list.output.split(separator: " ").first.map(String.init))
        #expect(try await helpline(["handoffs", "show", id, "--store", workspace.store]).output.contains(conversation.uuidString.lowercased()))
        let updated = try await helpline(["handoffs", "update", id, "--status", "closed", "--note", "called back", "--store", workspace.store, "--by", "dana"])
        #expect(updated.status == 0)
        #expect(updated.output.contains("closed"))
        #expect(try await helpline(["handoffs", "list", "--store", workspace.store]).output.contains("No open handoffs"))
        #expect(try await helpline(["handoffs", "update", id, "--status", "done", "--store", workspace.store]).status != 0)
        let audit = try await helpline(["audit", "--store", workspace.store, "--staff", "dana"])
        #expect(audit.output.contains("handoff.update") && audit.output.contains(id))
    }

    @Test func transcriptsExportAsMarkdownJSONLinesAndAConversationTest() async throws {
        let workspace = try Workspace()
        let conversation = try await storeWithConversation(workspace).uuidString.lowercased()
        let markdown = try await helpline(["transcripts", "export", conversation, "--store", workspace.store])
        #expect(markdown.output.contains("**Visitor:** how much does treatment cost"))
        #expect(markdown.output.contains("cost-and-insurance"))
        let jsonl = try await helpline(["transcripts", "export", conversation, "--format", "jsonl", "--store", workspace.store])
        let records = jsonl.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.map { $0["intent"] as? String } == ["greeting", "cost-and-insurance", "talk-to-person"])

        // The exported test passes as it is, so it can be committed and then corrected.
        let saved = try await helpline(["transcripts", "export", conversation, "--as-test", "--save", "--store", workspace.store])
        let file = try #require(saved.output.split(separator: " ").last.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) })
        try FileManager.default.copyItem(atPath: file, toPath: workspace.intents + "/tests/exported.yaml")
        let check = try await helpline(["check", workspace.intents])
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("failing") && !check.output.contains(" 1 failing"))
        #expect(try await helpline(["transcripts", "show", UUID().uuidString, "--store", workspace.store]).status == 1)
    }

    @Test func reviewListsConversationsThatKeptFallingBack() async throws {
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        let responder = try IntentLoader().load(directory: workspace.intents)
        var id: UUID?
        for message in ["qwerty asdf", "zxcv uiop", "hjkl bnm"] {
            id = try await store.respond(conversation: id, message: message, at: Date()) { responder.reply(to: message, in: $0) }.conversationID
        }
        let review = try await helpline(["transcripts", "review", "--store", workspace.store])
        #expect(review.output.contains(id!.uuidString.lowercased()))
        #expect(review.output.contains("fallbacks in a row"))
    }

    @Test func purgeDeletesOldConversationsAndIsAudited() async throws {
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        let responder = try IntentLoader().load(directory: workspace.intents)
        let old = try await store.respond(conversation: nil, message: "hello", at: Date().addingTimeInterval(-10 * 86_400)) {
            responder.reply(to: "hello", in: $0)
        }
        let purge = try await helpline(["transcripts", "purge", "--older-than", "7d", "--store", workspace.store])
        #expect(purge.status == 0)
        #expect(purge.output.contains("Deleted 1 conversations"))
        #expect(try await store.conversationExists(old.conversationID) == false)
        #expect(try await helpline(["audit", "--store", workspace.store]).output.contains("transcripts.purge"))
    }
}
