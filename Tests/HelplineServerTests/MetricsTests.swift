import Foundation
import HelplineServer
import Testing

/// `GET /metrics` as Prometheus scrapes it: behind the staff token, in the text format, with
/// the documented names and buckets, and never a visitor's words or a conversation's id.
@Suite struct MetricsTests {
    /// The samples of one metric family whose labels include every one of `labels`.
    func samples(_ text: String, _ name: String, _ labels: [String] = []) -> [(line: String, value: Double)] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(name + "{") || line.hasPrefix(name + " ") else { return nil }
            guard labels.allSatisfy({ line.contains($0) }) else { return nil }
            guard let value = line.split(separator: " ").last.flatMap({ Double($0) }) else { return nil }
            return (String(line), value)
        }
    }

    @Test func aScrapeShowsCountsAndHistogramsButNoVisitorText() async throws {
        let workspace = try Workspace()
        let token = try await workspace.staffToken("prometheus")
        try await withLiveServer(workspace.configuration()) { visitor in
            // Words that must never reach the metrics, in a message that falls back.
            let canary = "zqx canary-7351 vrrbl"
            let first = try await visitor.chat(canary)
            #expect((first.json["reply"] as? [String: Any])?["intent"] as? String == "fallback")
            let conversation = try #require(first.json["conversation"] as? String)
            _ = try await visitor.chat("what is group therapy", conversation: conversation)
            let crisis = try await visitor.chat("i am going to kill myself tonight")
            #expect((crisis.json["reply"] as? [String: Any])?["intent"] as? String == "crisis")
            let unknown = UUID().uuidString.lowercased()
            #expect(try await visitor.post("api/v1/conversations/\(unknown)/callback", json: ["consent": true, "phone": "555 123 4567"]).status == 404)

            #expect(try await visitor.get("no/such/page/\(unknown)").status == 404)
            #expect(try await visitor.get("metrics").status == 401, "metrics need the staff token")
            #expect(try await visitor.signedIn("hl_not-a-token").get("metrics").status == 401)
            let scrape = try await visitor.signedIn(token).get("metrics")
            #expect(scrape.status == 200)
            #expect(scrape.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
            let text = scrape.text

            for (name, type) in [
                ("helpline_http_requests_total", "counter"), ("helpline_http_request_duration_seconds", "histogram"),
                ("helpline_replies_total", "counter"), ("helpline_fallbacks_total", "counter"),
                ("helpline_crisis_replies_total", "counter"), ("helpline_handoffs_opened_total", "counter"),
                ("helpline_outbox_backlog", "gauge"), ("helpline_store_commit_duration_seconds", "histogram"),
                ("helpline_store_commit_batch_size", "histogram"), ("helpline_intents_loaded", "gauge"),
            ] {
                #expect(text.contains("# TYPE \(name) \(type)"), "\(name) is a \(type)")
            }

            // Three chats answered 200, each in every bucket from its latency up, and in +Inf.
            let chat = [#"route="/api/v1/chat""#, #"method="POST""#, #"status="200""#]
            let buckets = samples(text, "helpline_http_request_duration_seconds_bucket", chat)
            let bounds = buckets.compactMap { $0.line.firstMatch(of: /le="([^"]+)"/).map { String($0.1) } }
            #expect(bounds == ["0.0005", "0.001", "0.002", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "1.0", "5.0", "+Inf"])
            #expect(buckets.last?.value == 3)
            #expect(zip(buckets, buckets.dropFirst()).allSatisfy { $0.value <= $1.value }, "buckets are cumulative")
            #expect(samples(text, "helpline_http_requests_total", chat).first?.value == 3)
            // The callback route is labelled by its pattern, not by the id in its path.
            #expect(samples(text, "helpline_http_requests_total", [#"route="/api/v1/conversations/{id}/callback""#, #"status="404""#]).first?.value == 1)
            #expect(samples(text, "helpline_http_requests_total", [#"route="/metrics""#, #"status="401""#]).first?.value == 2)
            #expect(samples(text, "helpline_http_requests_total", [#"route="unmatched""#, #"status="404""#]).first?.value == 1)

            #expect(samples(text, "helpline_replies_total", [#"intent="what-is-group-therapy""#]).first?.value == 1)
            #expect(samples(text, "helpline_fallbacks_total").first?.value == 1)
            #expect(samples(text, "helpline_crisis_replies_total", [#"category="suicidal""#]).first?.value == 1)
            #expect(samples(text, "helpline_handoffs_opened_total", [#"priority="urgent""#]).first?.value == 1)
            #expect(samples(text, "helpline_outbox_backlog").first?.value == 1, "the crisis handoff's notification waits: no notifier")
            #expect(samples(text, "helpline_store_commit_batch_size_count").first?.value == 3)
            #expect(samples(text, "helpline_intents_loaded").first?.value == 25)

            // Sample values are latencies and counts whose digits may spell anything (a sum of
            // 0.000448555 s once did), so the words are looked for in names and labels only.
            let namesAndLabels = text.split(separator: "\n").map { line in
                line.hasPrefix("#") ? line : line[..<(line.lastIndex(of: " ") ?? line.endIndex)]
            }.joined(separator: "\n")
            #expect(namesAndLabels.contains(#"route="/api/v1/chat""#), "the filter keeps the labels")
            for secret in ["canary-7351", "vrrbl", "kill myself", "group therapy", conversation, unknown, "555", "4567", token] {
                #expect(!namesAndLabels.contains(secret), "a scrape shows \(secret)")
            }
        }
    }

    @Test func reloadsAreCountedByOutcome() async throws {
        let workspace = try Workspace()
        let token = try await workspace.staffToken("prometheus")
        try await withLiveServer(workspace.configuration()) { visitor in
            let staff = visitor.signedIn(token)
            #expect(try await staff.post("api/v1/admin/reload", json: [:]).status == 200)
            try "id: broken\n  title: [unclosed\n".write(
                toFile: workspace.intents + "/broken.yaml", atomically: true, encoding: .utf8)
            #expect(try await staff.post("api/v1/admin/reload", json: [:]).status != 200)
            let text = try await staff.get("metrics").text
            #expect(samples(text, "helpline_intent_reloads_total", [#"outcome="reloaded""#]).first?.value == 1)
            #expect(samples(text, "helpline_intent_reloads_total", [#"outcome="failed""#]).first?.value == 1)
            #expect(samples(text, "helpline_intents_loaded").first?.value == 25, "the last good set keeps serving")
        }
    }
}
