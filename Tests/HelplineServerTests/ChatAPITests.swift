import Foundation
import HelplineServer
import HelplineStore
import Logging
import Testing

@Suite struct ChatAPITests {
    @Test func aNewConversationGetsARandomIdAndTheFullReply() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let answer = try await client.chat("is group therapy available online?")
            #expect(answer.status == 200)
            #expect(answer.header("Cache-Control") == "no-store")
            let json = answer.json
            let id = try #require(json["conversation"] as? String)
            #expect(UUID(uuidString: id) != nil)
            #expect(json["recorded"] as? Bool == true)
            #expect(json["handoff"] is NSNull)
            let reply = try #require(json["reply"] as? [String: Any])
            #expect(reply["intent"] as? String == "virtual-options")
            #expect(reply["escalation"] as? String == "offer")
            let excerpt = try #require(reply["excerpt"] as? [String: Any])
            #expect(excerpt["article"] as? String == "group-therapy-during-recovery")
            #expect((excerpt["url"] as? String)?.hasPrefix("https://") == true)
            let actions = try #require(reply["actions"] as? [[String: Any]])
            #expect(actions.first?["tel"] as? String == "+18559930960")
            #expect((reply["suggestions"] as? [[String: Any]])?.isEmpty == false)

            let second = try await client.chat("hello")
            #expect(second.json["conversation"] as? String != id, "every new conversation gets its own id")
        }
    }

    @Test func aConversationContinuesAndAYesOpensAHandoff() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let first = try await client.chat("how much does treatment cost")
            let id = try #require(first.json["conversation"] as? String)
            #expect((first.json["reply"] as? [String: Any])?["asks_for_callback"] as? Bool == true)
            let second = try await client.chat("yes please", conversation: id)
            #expect(second.status == 200)
            #expect(second.json["conversation"] as? String == id)
            let handoff = try #require(second.json["handoff"] as? [String: Any])
            #expect(handoff["priority"] as? String == "normal")
            #expect(UUID(uuidString: handoff["id"] as? String ?? "") != nil)
        }
        let store = try SQLiteStore(path: workspace.store)
        #expect(try await store.conversationCount() == 1)
    }

    @Test func aCrisisOpensAnUrgentHandoff() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let answer = try await client.chat("my friend overdosed and isn't breathing")
            let reply = try #require(answer.json["reply"] as? [String: Any])
            #expect(reply["escalation"] as? String == "emergency")
            #expect((reply["text"] as? String)?.split(separator: "\n").first?.contains("911") == true)
            #expect((answer.json["handoff"] as? [String: Any])?["priority"] as? String == "urgent")
        }
    }

    @Test func badRequestsGetTheRightStatusAndAJSONError() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            func expectError(_ answer: HTTPAnswer, _ status: Int, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
                #expect(answer.status == status, sourceLocation: sourceLocation)
                #expect((answer.json["error"] as? [String: Any])?["code"] as? String == code, "\(answer.text)", sourceLocation: sourceLocation)
                #expect(answer.header("Cache-Control") == "no-store", sourceLocation: sourceLocation)
            }
            expectError(try await client.post("api/v1/chat", raw: Data("{\"message\": ".utf8)), 400, "malformed_json")
            expectError(try await client.post("api/v1/chat", raw: Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D])), 400, "invalid_utf8")
            expectError(try await client.chat("   "), 400, "empty_message")
            expectError(try await client.chat(" \u{200B}\u{3000}\n"), 400, "empty_message")
            // Too long is a field error (400), as the contract's maxLength counts: code points as sent.
            expectError(try await client.chat(String(repeating: "a", count: 2_001)), 400, "message_too_long")
            expectError(try await client.chat(String(repeating: "a", count: 1_990) + String(repeating: " ", count: 11)), 400, "message_too_long")
            expectError(try await client.chat(String(repeating: "e\u{301}", count: 1_001)), 400, "message_too_long")
            #expect(try await client.chat(String(repeating: "e\u{301}", count: 1_000)).status == 200)
            #expect(try await client.post("api/v1/chat", json: ["message": "hello", "conversation": NSNull()]).status == 200,
                    "a null conversation is a first message")
            let longCrisis = try await client.chat(String(repeating: "I can't cope any more. ", count: 100) + "I want to end my life")
            #expect(longCrisis.status == 200, "a long message in crisis still gets the crisis resources")
            #expect((longCrisis.json["reply"] as? [String: Any])?["intent"] as? String == "crisis")
            let huge = try JSONSerialization.data(withJSONObject: ["message": "hi", "padding": String(repeating: "x", count: 33_000)])
            expectError(try await client.post("api/v1/chat", raw: huge), 413, "payload_too_large")
            expectError(try await client.chat("hello", conversation: UUID().uuidString), 404, "conversation_not_found")
            expectError(try await client.chat("hello", conversation: "42"), 404, "conversation_not_found")
            expectError(try await client.get("no/such/page"), 404, "not_found")
        }
    }

    @Test func tooManyMessagesGet429ButACrisisStillGetsHelp() async throws {
        let workspace = try Workspace()
        var configuration = workspace.configuration()
        configuration.rateLimit = 2
        try await withLiveServer(configuration) { client in
            #expect(try await client.chat("hello").status == 200)
            #expect(try await client.chat("what is group therapy").status == 200)
            let limited = try await client.chat("what is SMART recovery")
            #expect(limited.status == 429)
            #expect(Int(limited.header("Retry-After") ?? "") ?? 0 >= 1)
            #expect(((limited.json["error"] as? [String: Any])?["message"] as? String)?.contains("855-993-0960") == true)
            let crisis = try await client.chat("i want to end my life")
            #expect(crisis.status == 200)
            #expect((crisis.json["reply"] as? [String: Any])?["intent"] as? String == "crisis")
        }
    }

    /// Behind nginx every request comes from the proxy's address: with the proxy trusted, each
    /// visitor it names has their own budget; without it, a forged header changes nothing.
    @Test func behindATrustedProxyEachVisitorHasTheirOwnLimit() async throws {
        @Sendable func chat(_ client: Client, _ message: String, from visitor: String) async throws -> Int {
            let body = try JSONSerialization.data(withJSONObject: ["message": message])
            return try await client.send(
                "POST", "api/v1/chat", body: body,
                headers: ["Content-Type": "application/json", "X-Forwarded-For": "203.0.113.9, \(visitor)"]).status
        }
        let workspace = try Workspace()
        var configuration = workspace.configuration()
        configuration.rateLimit = 1
        configuration.trustedProxies = ["127.0.0.1"]
        try await withLiveServer(configuration) { client in
            let status1 = try await chat(client, "hello", from: "198.51.100.1")
            #expect(status1 == 200)
            let status2 = try await chat(client, "hello", from: "198.51.100.2")
            #expect(status2 == 200)
            let status3 = try await chat(client, "what is group therapy", from: "198.51.100.1")
            #expect(status3 == 429)
        }
        configuration.trustedProxies = []
        try await withLiveServer(configuration) { client in
            let status4 = try await chat(client, "hello", from: "198.51.100.1")
            #expect(status4 == 200)
            let status5 = try await chat(client, "what is group therapy", from: "198.51.100.2")
            #expect(status5 == 429)
        }
    }

    @Test func aCallBackIsStoredOnlyWithConsent() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let first = try await client.chat("I want to talk to a counselor")
            let id = try #require(first.json["conversation"] as? String)
            let refused = try await client.post("api/v1/conversations/\(id)/callback", json: ["phone": "555 123 4567", "consent": false])
            #expect(refused.status == 400)
            #expect((refused.json["error"] as? [String: Any])?["code"] as? String == "consent_required")
            for phone in ["call me", "00", "555 123", "5551234567890123", "+ +5551234567", "555-123-4567 ext", "5551234567\n",
                          "555\u{0661}234567", " (555) 123-4567 " + String(repeating: ".", count: 20)] {
                let badPhone = try await client.post("api/v1/conversations/\(id)/callback", json: ["phone": phone, "consent": true])
                #expect(badPhone.status == 400, "\(phone.debugDescription)")
                #expect((badPhone.json["error"] as? [String: Any])?["code"] as? String == "invalid_phone", "\(phone.debugDescription)")
            }
            let long = try await client.post(
                "api/v1/conversations/\(id)/callback", json: ["phone": "5551234567", "name": String(repeating: "a", count: 100) + " ", "consent": true])
            #expect((long.json["error"] as? [String: Any])?["code"] as? String == "field_too_long", "lengths count as sent")
            let unknown = try await client.post("api/v1/conversations/\(UUID().uuidString)/callback", json: ["phone": "5551234567", "consent": true])
            #expect(unknown.status == 404)
            let nulls = try await client.post(
                "api/v1/conversations/\(id)/callback", json: ["name": NSNull(), "phone": "+1 555 123 4567", "best_time": NSNull(), "consent": true])
            #expect(nulls.status == 200, "null counts as left out")
            let accepted = try await client.post(
                "api/v1/conversations/\(id)/callback", json: ["name": "Sam", "phone": "(555) 123-4567", "best_time": "evenings", "consent": true])
            #expect(accepted.status == 200)
            #expect((accepted.json["handoff"] as? [String: Any])?["status"] as? String == "open")
            let store = try SQLiteStore(path: workspace.store)
            let handoffs = try await store.handoffs(of: try #require(UUID(uuidString: id)))
            #expect(handoffs.compactMap(\.callback).map(\.phone) == ["5551234567"])
            #expect(handoffs.first?.callback?.bestTime == "evenings")
        }
    }

    @Test func concurrentMessagesOfOneConversationAreRecordedInOrder() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let first = try await client.chat("hello")
            let id = try #require(first.json["conversation"] as? String)
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    group.addTask { try await client.chat("message \(index)", conversation: id).status }
                }
                for try await status in group { #expect(status == 200) }
            }
            let store = try SQLiteStore(path: workspace.store)
            let turns = try await store.turns(of: try #require(UUID(uuidString: id)))
            #expect(turns.map(\.sequence) == Array(1...21))
            #expect(Set(turns.dropFirst().map(\.message)) == Set((0..<20).map { "message \($0)" }))
        }
    }

    @Test func theStoreBeingLockedGives503WithTheReplyStillServed() async throws {
        let workspace = try Workspace()
        var configuration = workspace.configuration()
        configuration.storeBusyTimeout = 0.05
        try await withLiveServer(configuration) { client in
            #expect(try await client.chat("hello").status == 200)
            // Another process holds the write lock, as a long backup might.
            let locker = try await SQLiteLock.hold(path: workspace.store)
            defer { locker.release() }
            let answer = try await client.chat("what is group therapy")
            #expect(answer.status == 503)
            #expect(answer.json["recorded"] as? Bool == false)
            #expect((answer.json["reply"] as? [String: Any])?["intent"] as? String == "what-is-group-therapy")
            let ready = try await client.get("readyz")
            #expect(ready.status == 503)
            #expect(ready.json["store"] as? String == "unavailable")
        }
    }

    @Test func readinessReportsIntentsAndStore() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            #expect(try await client.get("healthz").json["status"] as? String == "ok")
            let ready = try await client.get("readyz")
            #expect(ready.status == 200)
            #expect(ready.json["intents"] as? Int == 25)
            #expect(ready.json["store"] as? String == "ok")
        }
    }

    @Test func corsOnlyForListedOrigins() async throws {
        let workspace = try Workspace()
        var configuration = workspace.configuration()
        configuration.corsOrigins = ["https://symetriarecovery.com"]
        try await withLiveServer(configuration) { client in
            let allowed = try await client.get("healthz", headers: ["Origin": "https://symetriarecovery.com"])
            #expect(allowed.header("Access-Control-Allow-Origin") == "https://symetriarecovery.com")
            let other = try await client.get("healthz", headers: ["Origin": "https://elsewhere.example"])
            #expect(other.header("Access-Control-Allow-Origin") == nil)
        }
    }

    @Test func theChatPageIsServedWithAStrictPolicyAndNoThirdPartyHosts() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let page = try await client.get("")
            #expect(page.status == 200)
            #expect(page.text.contains("chat.js"))
            #expect(page.header("Content-Security-Policy")?.contains("default-src 'self'") == true)
            for asset in ["", "chat.js", "chat.css"] {
                let text = try await client.get(asset).text
                #expect(!text.contains("src=\"http"), "\(asset) loads nothing from other hosts")
                #expect(!text.contains("@import"), "\(asset)")
                #expect(!text.contains("innerHTML"), "\(asset) renders text as text")
            }
        }
    }

    @Test func visitorsWordsNeverReachTheLogs() async throws {
        let workspace = try Workspace()
        let handler = InMemoryLogHandler()
        let logger = Logger(label: "test") { _ in handler }
        let canary = "canary-7f3a lost my job and my son is using"
        try await withLiveServer(workspace.configuration(), logger: logger) { client in
            let first = try await client.chat(canary)
            let id = try #require(first.json["conversation"] as? String)
            _ = try await client.chat("i want to kill myself canary-7f3a", conversation: id)
            _ = try await client.post("api/v1/conversations/\(id)/callback", json: ["name": "Canary Person", "phone": "5550001234", "consent": true])
        }
        #expect(!handler.lines.isEmpty)
        for line in handler.lines {
            #expect(!line.contains("canary"), "\(line)")
            #expect(!line.lowercased().contains("canary person") && !line.contains("5550001234"), "\(line)")
        }
    }
}
