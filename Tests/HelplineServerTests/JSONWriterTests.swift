import Foundation
import HelplineCore
@testable import HelplineServer
import Testing

@Suite struct JSONWriterTests {
    @Test func theHandWrittenChatJSONIsTheEncodersJSON() throws {
        let reply = Reply(
            text: "Line one\n\"quoted\" \\ back\u{1} tab\there — ünïcode 🙂", excerpt: Excerpt(quote: "q", article: "a", title: "T", url: "https://x/y"),
            intent: "virtual-options", confidence: 0.9134, escalation: .offer,
            suggestions: [Suggestion(id: "s", title: "S t")], actions: [.call(.init(label: "L", display: "1", tel: "+1"))],
            asksForCallback: true, explanation: Explanation(plugin: "p", score: 1))
        for handoff in [nil, HandoffBody(id: "h", priority: "urgent", status: nil)] {
            let response = ChatResponse(conversation: "c", reply: ReplyBody(reply), handoff: handoff, recorded: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let expected = try JSONSerialization.jsonObject(with: encoder.encode(response)) as? NSDictionary
            let written = try JSONSerialization.jsonObject(with: Data(response.json)) as? NSDictionary
            #expect(written == expected)
        }
    }
}
