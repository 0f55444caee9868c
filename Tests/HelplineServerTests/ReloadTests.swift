import Foundation
import HelplineServer
import Testing

@Suite struct ReloadTests {
    @Test func aBrokenFileKeepsTheLastGoodSetServing() async throws {
        let workspace = try Workspace()
        let file = workspace.intents + "/smart-recovery.yaml"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let token = try await workspace.staffToken()
        try await withLiveServer(workspace.configuration()) { visitor in
            let client = visitor.signedIn(token)
            try "id: smart-recovery\ntitle: [broken\n".write(toFile: file, atomically: true, encoding: .utf8)
            let failed = try await client.post("api/v1/admin/reload", json: [:])
            #expect(failed.status == 422)
            let diagnostics = try #require(failed.json["diagnostics"] as? [String])
            #expect(diagnostics.contains { $0.contains("smart-recovery.yaml:") && $0.contains("error:") })
            let still = try await client.chat("what are SMART support groups")
            #expect((still.json["reply"] as? [String: Any])?["intent"] as? String == "smart-recovery")
            let ready = try await client.get("readyz")
            // The public probe says that a reload failed, not where: paths and lines stay with staff.
            #expect(ready.json["intents_error"] as? String == "intents: last reload failed")
            #expect(!ready.text.contains("smart-recovery"), "\(ready.text)")

            // Fixed and changed: the new text serves at once, without a restart.
            try original.replacingOccurrences(of: "title: ", with: "title: Updated ").write(toFile: file, atomically: true, encoding: .utf8)
            let reloaded = try await client.post("api/v1/admin/reload", json: [:])
            #expect(reloaded.status == 200)
            #expect(reloaded.json["intents"] as? Int == 25)
            // counselor-credentials suggests smart-recovery, so its button shows the new title.
            let after = try await client.chat("are your counselors certified")
            let titles = ((after.json["reply"] as? [String: Any])?["suggestions"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
            #expect(titles?.contains { $0.hasPrefix("Updated ") } == true, "\(titles ?? [])")
            #expect(try await client.get("readyz").json["intents_error"] == nil)
        }
    }

    @Test func reloadingNeedsAStaffToken() async throws {
        let workspace = try Workspace()
        try await withLiveServer(workspace.configuration()) { client in
            let answer = try await client.post("api/v1/admin/reload", json: [:])
            #expect(answer.status == 401)
        }
    }

    @Test func addingAnIntentFileTakesEffectOnReload() async throws {
        let workspace = try Workspace()
        let token = try await workspace.staffToken()
        try await withLiveServer(workspace.configuration()) { visitor in
            let client = visitor.signedIn(token)
            let question = "can i bring my service animal"
            #expect((try await client.chat(question).json["reply"] as? [String: Any])?["intent"] as? String == "fallback")
            try """
                id: service-animals
                title: Service animals
                examples:
                  - can i bring my service animal
                  - are service dogs allowed
                answer:
                  text: I don't have that detail here. Please call {helpline}.
                escalation: offer

                """.write(toFile: workspace.intents + "/service-animals.yaml", atomically: true, encoding: .utf8)
            #expect(try await client.post("api/v1/admin/reload", json: [:]).status == 200)
            #expect((try await client.chat(question).json["reply"] as? [String: Any])?["intent"] as? String == "service-animals")
        }
    }
}
