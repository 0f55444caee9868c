import Foundation
import HelplineCore
import HelplineServer
import HelplineStore
import Logging
import Testing

/// "my number is 555 201 3344" after the assistant asked for a number: asked back, stored with the
/// visitor's yes on the handoff as the call-back form stores it, and never written to a log.
@Suite struct TypedCallbackAPITests {
    @Test func aTypedNumberIsAskedBackAndStoredWithTheYesNeverLogged() async throws {
        let workspace = try Workspace()
        let handler = InMemoryLogHandler()
        var logger = Logger(label: "test") { _ in handler }
        logger.logLevel = .trace
        let token = try await workspace.staffToken()
        try await withLiveServer(workspace.configuration(), logger: logger) { client in
            let first = try await client.chat("can i talk to a real person")
            let id = try #require(first.json["conversation"] as? String)
            let handoff = try #require((first.json["handoff"] as? [String: Any])?["id"] as? String)

            let asked = try await client.chat("my number is 555 201 3344", conversation: id)
            let question = try #require(asked.json["reply"] as? [String: Any])
            #expect(question["intent"] as? String == "callback-confirm")
            #expect((question["text"] as? String)?.hasPrefix("Shall we call 555-201-3344?") == true)
            let staff = client.signedIn(token)
            let before = try await staff.get("api/v1/handoffs/\(handoff)")
            #expect((before.json["handoff"] as? [String: Any])?["callback"] is NSNull, "not stored before the yes")

            let yes = try await client.chat("yes", conversation: id)
            let confirmed = try #require(yes.json["reply"] as? [String: Any])
            #expect(confirmed["intent"] as? String == "callback-confirmed")
            #expect((confirmed["text"] as? String)?.contains("555-201-3344") == true)
            let after = try await staff.get("api/v1/handoffs/\(handoff)")
            let callback = try #require((after.json["handoff"] as? [String: Any])?["callback"] as? [String: Any])
            #expect(callback["phone"] as? String == "5552013344", "as the form stores it: separators dropped")
            #expect(callback["consent_at"] is String)
        }
        let leaked = handler.lines.filter { $0.contains("3344") || $0.contains("201-") || $0.contains("201 ") }
        #expect(leaked.isEmpty, "\(leaked)")
    }

    @Test func aNoForgetsTheNumber() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let first = try await client.chat("i want to talk to a counselor")
            let id = try #require(first.json["conversation"] as? String)
            _ = try await client.chat("(555) 201-3344", conversation: id)
            let no = try await client.chat("no", conversation: id)
            #expect((no.json["reply"] as? [String: Any])?["intent"] as? String == "callback-declined")
        }
        let store = try SQLiteStore(path: workspace.store)
        let conversation = try #require(try await store.listConversations(escalatedOnly: false, since: nil, limit: 1).first)
        #expect(try await store.handoffs(of: conversation.id).allSatisfy { $0.callback == nil })
        #expect(try await store.conversation(conversation.id)?.state.pendingCallbackPhone == nil)
    }
}
