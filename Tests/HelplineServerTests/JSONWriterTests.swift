import Foundation
import HelplineCore
@testable import HelplineServer
import Testing

@Suite struct JSONWriterTests {
    @Test func theChatBodyIsValidJSONWithEveryFieldAndEscapedText() throws {
        let text = "Line one\n\"quoted\" \\ back\u{1} tab\there — ünïcode 🙂"
        let reply = Reply(
            text: text, excerpt: Excerpt(quote: "q", article: "a", title: "T", url: "https://x/y"),
            intent: "virtual-options", confidence: 0.9134, escalation: .offer,
            suggestions: [Suggestion(id: "s", title: "S t")], actions: [.call(.init(label: "L", display: "1", tel: "+1"))],
            asksForCallback: true, explanation: Explanation(plugin: "p", score: 1))
        for handoff in [nil, HandoffBody(id: "h", priority: "urgent", status: nil)] {
            let body = ChatResponse(conversation: "c", reply: ReplyBody(reply), handoff: handoff, recorded: true).json
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])
            #expect(Set(json.keys) == ["conversation", "handoff", "recorded", "reply"])
            #expect(json["conversation"] as? String == "c")
            #expect(json["recorded"] as? Bool == true)
            if let handoff {
                #expect((json["handoff"] as? [String: Any])?["priority"] as? String == handoff.priority)
            } else {
                #expect(json["handoff"] is NSNull)
            }
            let written = try #require(json["reply"] as? [String: Any])
            #expect(Set(written.keys) == ["actions", "asks_for_callback", "confidence", "escalation", "excerpt", "intent", "suggestions", "text"])
            #expect(written["text"] as? String == text, "control characters, quotes and backslashes survive")
            #expect(written["confidence"] as? Double == 0.913)
            #expect(written["asks_for_callback"] as? Bool == true)
            #expect((written["excerpt"] as? [String: Any])?["url"] as? String == "https://x/y")
            #expect((written["suggestions"] as? [[String: Any]])?.first?["title"] as? String == "S t")
            #expect((written["actions"] as? [[String: Any]])?.first?["tel"] as? String == "+1")
        }
    }

    @Test(arguments: ["", "\"", "ends with a quote\"", "ends with a backslash\\", "ends with a control\u{1F}", "\u{0}\u{8}\u{C}", "naïve — 🙂"])
    func everyStringReadsBackUnchanged(text: String) throws {
        var writer = JSONWriter()
        writer.beginArray()
        writer.string(text)
        writer.endArray()
        let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
        #expect(decoded == [text])
    }
}
