import Testing
@testable import HelplineCore

/// Contact details a visitor adds must not drown the request before them.
@Suite struct ContactDetailsTests {
    @Test(arguments: [
        ("i want to talk to a real person, my number is 555 201 3344", "i want to talk to a real person,"),
        ("call me back at jess.m@example.com", "call me back"),
        ("please call me (555) 201-3344 after 5", "please call me after 5"),
        ("my name is Jess and i need a counselor", "and i need a counselor"),
        ("i took 30 pills", "i took 30 pills"),
        ("is it 5 days a week", "is it 5 days a week"),
    ])
    func contactDetailsAreLeftOut(text: String, expected: String) {
        #expect(ContactDetails.removing(from: text) == expected)
    }

    @Test func aRequestFollowedByANumberOpensTheHandoff() throws {
        let responder = try Responder.shipped()
        for message in ["i want to talk to a real person my number is 555 201 3344", "can someone call me back, im sam, 555 201 7788",
                        "call me back at jess.m@example.com"] {
            let reply = responder.reply(to: message).reply
            #expect(reply.intent == "talk-to-person", "\(message)")
            #expect(reply.handoff != nil, "\(message)")
        }
    }

    @Test(arguments: [
        "what is group therapy", "My NAME is Sam", "my name  is sam", "hi, MY name IS", "my nam is", "call 911",
        "a@b", "no digits here", "", "my name is", "y name is", "Zoë, my name is Zoë", "٣ pills", "café 5", "naïve question",
    ])
    func theQuickCheckAgreesWithTheCharacterByCharacterOne(text: String) {
        let general = text.contains(where: { $0.isNumber || $0 == "@" }) || text.lowercased().contains("my name is")
        #expect(ContactDetails.mayHoldDetails(text) == general)
    }
}
