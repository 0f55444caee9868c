import Foundation
@testable import HelplineServer
import HelplineStore
import Testing

@Suite struct StaffAPITests {
    /// A server with one normal and one urgent handoff, and a signed-in staff client.
    func withQueue(_ body: @Sendable (_ visitor: Client, _ staff: Client, _ workspace: Workspace, _ conversations: [String]) async throws -> Void) async throws {
        let workspace = try Workspace()
        let token = try await workspace.staffToken("dana")
        try await withLiveServer(workspace.configuration()) { visitor in
            let normal = try await visitor.chat("I want to talk to a person")
            let urgent = try await visitor.chat("my friend overdosed and is not breathing")
            let ids = [normal, urgent].compactMap { $0.json["conversation"] as? String }
            try await body(visitor, visitor.signedIn(token), workspace, ids)
        }
    }

    @Test func everyStaffRouteNeedsAValidTokenAndLeaksNothingWithout() async throws {
        try await withQueue { visitor, staff, workspace, conversations in
            let unknown = UUID().uuidString
            for path in ["api/v1/handoffs", "api/v1/handoffs/\(unknown)", "api/v1/conversations/\(conversations[0])", "api/v1/conversations/\(unknown)"] {
                let anonymous = try await visitor.get(path)
                #expect(anonymous.status == 401, "\(path)")
                #expect(anonymous.header("WWW-Authenticate") == "Bearer")
                let wrong = try await visitor.signedIn("hl_not-a-token").get(path)
                #expect(wrong.status == 401, "\(path)")
            }
            #expect(try await visitor.patch("api/v1/handoffs/\(unknown)", json: ["status": "closed"]).status == 401)
            // A revoked token stops working at once.
            let store = try SQLiteStore(path: workspace.store)
            let second = try await store.addStaff(name: "temp", at: Date()).token
            #expect(try await visitor.signedIn(second).get("api/v1/handoffs").status == 200)
            try await store.revokeStaff(name: "temp", at: Date())
            #expect(try await visitor.signedIn(second).get("api/v1/handoffs").status == 401)
            _ = staff
        }
    }

    @Test func theQueueListsUrgentFirstAndStaffCanWorkIt() async throws {
        try await withQueue { _, staff, workspace, conversations in
            let list = try await staff.get("api/v1/handoffs?status=open")
            #expect(list.status == 200)
            let handoffs = try #require(list.json["handoffs"] as? [[String: Any]])
            #expect(handoffs.map { $0["priority"] as? String } == ["urgent", "normal"])
            #expect(handoffs.first?["crisis_category"] as? String == "overdose")
            let normal = try #require(handoffs.last?["id"] as? String)

            let shown = try await staff.get("api/v1/handoffs/\(normal)")
            #expect((shown.json["handoff"] as? [String: Any])?["conversation"] as? String == conversations[0])

            let updated = try await staff.patch("api/v1/handoffs/\(normal)", json: ["status": "contacted", "note": "left a voicemail"])
            #expect(updated.status == 200)
            let handoff = try #require(updated.json["handoff"] as? [String: Any])
            #expect(handoff["status"] as? String == "contacted")
            #expect(handoff["note"] as? String == "left a voicemail")
            #expect(handoff["updated_by"] as? String == "dana")
            #expect(try await staff.patch("api/v1/handoffs/\(normal)", json: ["status": "done"]).status == 400)
            let cleared = try await staff.patch("api/v1/handoffs/\(normal)", json: ["note": ""])
            #expect((cleared.json["handoff"] as? [String: Any])?["note"] is NSNull, "an empty note clears it")
            #expect((cleared.json["handoff"] as? [String: Any])?["status"] as? String == "contacted", "the status stays")
            #expect(try await staff.get("api/v1/handoffs?status=open").json["handoffs"].map { ($0 as? [Any])?.count } == 1)

            let transcript = try await staff.get("api/v1/conversations/\(conversations[0])")
            let turns = try #require(transcript.json["turns"] as? [[String: Any]])
            #expect(turns.first?["message"] as? String == "I want to talk to a person")
            #expect(turns.first?["intent"] as? String == "talk-to-person")
            #expect(turns.first?["plugin"] as? String == "intent-matcher")
            #expect(try await staff.get("api/v1/conversations/\(UUID().uuidString)").status == 404)

            let audit = try await SQLiteStore(path: workspace.store).auditLog(limit: 20, staff: "dana")
            #expect(Set(audit.map(\.action)).isSuperset(of: ["handoffs.list", "handoff.view", "handoff.update", "conversation.view"]))
            #expect(audit.contains { $0.action == "handoff.update" && $0.targets == [normal] })
        }
    }

    @Test func theStaffPageIsServedWithAStrictPolicy() async throws {
        try await withQueue { visitor, _, _, _ in
            let page = try await visitor.get("staff")
            #expect(page.status == 200)
            #expect(page.text.contains("staff.js"))
            #expect(page.header("Content-Security-Policy")?.contains("script-src 'self'") == true)
            let script = try await visitor.get("staff.js").text
            #expect(!script.contains("innerHTML"), "visitor text must be rendered as text")
        }
    }

    @Test func theRetentionPurgeKeepsOpenHandoffsAndWritesAnAuditRow() async throws {
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        let responder = try HelplineCore.IntentLoader().load(directory: workspace.intents)
        let old = Date().addingTimeInterval(-40 * 86_400)
        let chatted = try await store.respond(conversation: nil, message: "hello", at: old) { responder.reply(to: "hello", in: $0) }
        let waiting = try await store.respond(conversation: nil, message: "I want to talk to a person", at: old) {
            responder.reply(to: "I want to talk to a person", in: $0)
        }
        let recent = try await store.respond(conversation: nil, message: "hello", at: Date()) { responder.reply(to: "hello", in: $0) }
        let service = RetentionService(store: store, box: ResponderBox(responder), interval: .seconds(86_400), logger: quietLogger)
        await service.purgeOnce(at: Date())
        #expect(try await store.conversationExists(chatted.conversationID) == false)
        #expect(try await store.conversationExists(waiting.conversationID), "an open handoff keeps its conversation")
        #expect(try await store.conversationExists(recent.conversationID))
        #expect(try await store.auditLog(limit: 5).contains { $0.action == "transcripts.purge" && $0.staff == "system" })
    }
}

import HelplineCore
