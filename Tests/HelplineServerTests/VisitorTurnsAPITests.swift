import Foundation
import HelplineServer
import HelplineStore
import Logging
import Testing

/// `GET /api/v1/conversations/{id}/turns`: the chat page reads its own conversation back after a
/// reload, with the visitor key of the conversation's first reply; nobody else's.
@Suite struct VisitorTurnsAPITests {
    @Test func theFirstReplyCarriesAKeyThatReadsTheConversationBackInTheReplysShape() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let first = try await client.chat("is group therapy available online?")
            let id = try #require(first.json["conversation"] as? String)
            let key = try #require(first.json["visitor_key"] as? String)
            #expect(key.hasPrefix("hv_"))
            let second = try await client.chat("my friend overdosed and isn't breathing", conversation: id)
            #expect(second.json["visitor_key"] == nil, "the key comes once, with the reply that started the conversation")

            let answer = try await client.get("api/v1/conversations/\(id)/turns", headers: ["Helpline-Visitor-Key": key])
            #expect(answer.status == 200)
            #expect(answer.header("Cache-Control") == "no-store")
            #expect(answer.json["conversation"] as? String == id)
            let turns = try #require(answer.json["turns"] as? [[String: Any]])
            #expect(turns.map { $0["message"] as? String } == ["is group therapy available online?", "my friend overdosed and isn't breathing"])
            #expect(turns.map { $0["sequence"] as? Int } == [1, 2])
            let answered = try #require(turns.first?["reply"] as? [String: Any])
            let live = try #require(first.json["reply"] as? [String: Any])
            #expect(answered["text"] as? String == live["text"] as? String)
            #expect(answered["intent"] as? String == "virtual-options")
            #expect((answered["excerpt"] as? [String: Any])?["quote"] as? String == (live["excerpt"] as? [String: Any])?["quote"] as? String)
            #expect((answered["actions"] as? [[String: Any]])?.first?["tel"] as? String == "+18559930960")
            #expect((answered["suggestions"] as? [Any])?.isEmpty == true)
            #expect(answered["asks_for_callback"] as? Bool == false)
            let crisis = try #require(turns.last?["reply"] as? [String: Any])
            #expect(crisis["escalation"] as? String == "emergency")
            #expect((crisis["text"] as? String)?.split(separator: "\n").first?.contains("911") == true)
            #expect((turns.first?["created_at"] as? String)?.hasSuffix("Z") == true)
        }
    }

    @Test func anIdAloneOrAnotherConversationsKeyGetsTheSame404() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let mine = try await client.chat("what is group therapy")
            let theirs = try await client.chat("I want to talk to a counselor, my number is 555 201 3344")
            let myKey = try #require(mine.json["visitor_key"] as? String)
            let theirID = try #require(theirs.json["conversation"] as? String)
            let myID = try #require(mine.json["conversation"] as? String)
            let attempts: [(String, [String: String])] = [
                (theirID, ["Helpline-Visitor-Key": myKey]),
                (myID, ["Helpline-Visitor-Key": myKey + "x"]),
                (UUID().uuidString.lowercased(), ["Helpline-Visitor-Key": myKey]),
                ("not-a-uuid", ["Helpline-Visitor-Key": myKey]),
            ]
            for (id, headers) in attempts {
                let answer = try await client.get("api/v1/conversations/\(id)/turns", headers: headers)
                #expect(answer.status == 404, "\(id) \(headers)")
                #expect((answer.json["error"] as? [String: Any])?["code"] as? String == "conversation_not_found")
                #expect(!answer.text.contains("555"), "nothing of the other conversation")
            }
            // Without a key at all: 400, before the id is looked at (so it tells nothing of the id either).
            for id in [theirID, UUID().uuidString.lowercased()] {
                let answer = try await client.get("api/v1/conversations/\(id)/turns")
                #expect(answer.status == 400)
                #expect((answer.json["error"] as? [String: Any])?["code"] as? String == "visitor_key_required")
            }
            // The staff token is no visitor key either: the staff route is GET /api/v1/conversations/{id}.
            let token = try await workspace.staffToken()
            let staff = try await client.signedIn(token).get("api/v1/conversations/\(theirID)/turns")
            #expect(staff.status == 400)
        }
    }

    @Test func theKeyIsNeverLogged() async throws {
        let workspace = try Workspace()
        let handler = InMemoryLogHandler()
        var logger = Logger(label: "test") { _ in handler }
        logger.logLevel = .trace
        try await withLiveServer(workspace.configuration(), logger: logger) { client in
            let first = try await client.chat("what is group therapy")
            let id = try #require(first.json["conversation"] as? String)
            let key = try #require(first.json["visitor_key"] as? String)
            #expect(try await client.get("api/v1/conversations/\(id)/turns", headers: ["Helpline-Visitor-Key": key]).status == 200)
            #expect(!handler.lines.contains { $0.contains(key) })
        }
    }
}
