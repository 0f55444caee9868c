import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct StoredValuesTests {
    @Test func randomIDsAreVersionFourAndDistinct() {
        let ids = (0..<2_000).map { _ in UUID.random() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let text = id.uuidString
            let version = text[text.index(text.startIndex, offsetBy: 14)]
            let variant = text[text.index(text.startIndex, offsetBy: 19)]
            #expect(version == "4")
            #expect("89AB".contains(variant))
        }
    }

    @Test func lowercasedStringIsTheLowerCaseUUIDText() {
        let ids = (0..<500).map { _ in UUID.random() } + (0..<500).map { _ in UUID() }
            + [UUID(uuidString: "00000000-0000-0000-0000-000000000000")!, UUID(uuidString: "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")!]
        for id in ids {
            #expect(id.lowercasedString == id.uuidString.lowercased())
            #expect(UUID(uuidString: id.lowercasedString) == id)
        }
    }

    @Test(arguments: [
        ConversationState(),
        ConversationState(lastIntent: "what-is-group-therapy", awaitingCallbackAnswer: true, consecutiveFallbacks: 2, turns: 7),
        ConversationState(lastIntent: "quote \" back\\slash", turns: 1),
        ConversationState(lastIntent: "line\nbreak\ttab\u{1}control é 💬", consecutiveFallbacks: 1, turns: 3),
        ConversationState(lastIntent: "callback-confirm", turns: 2, pendingCallbackPhone: "+445552013344"),
    ])
    func storedStateReadsBackAsTheSameState(state: ConversationState) throws {
        let decoded = try JSONDecoder().decode(ConversationState.self, from: Data(state.storeText.utf8))
        #expect(decoded == state)
    }
}
