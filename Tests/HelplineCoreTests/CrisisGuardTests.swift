import Testing
@testable import HelplineCore

@Suite struct CrisisGuardTests {
    let responder: Responder

    init() throws {
        responder = try Responder.minimal()
    }

    func firstTwoLines(_ text: String) -> String {
        text.split(separator: "\n").prefix(2).joined(separator: "\n")
    }

    @Test(arguments: [
        ("my friend overdosed", CrisisCategory.overdose, "911"),
        ("he's not breathing and his lips are blue", .overdose, "911"),
        ("she took too much and passed out", .overdose, "911"),
        ("i want to kill myself", .suicidal, "988"),
        ("honestly kms", .suicidal, "988"),
        ("thinking i should just unalive myself", .suicidal, "988"),
        ("everyone would be better off without me", .suicidal, "988"),
        ("how many pills would it take to die", .suicidal, "988"),
        ("i keep cutting myself", .selfHarm, "988"),
        ("i am going to hurt someone", .harmToOthers, "911"),
        ("my toddler swallowed some of my pills", .poisoning, "1-800-222-1222"),
        ("my dad is having chest pains", .medicalEmergency, "911"),
    ])
    func crisisPutsTheRightNumberInTheFirstTwoLines(message: String, category: CrisisCategory, number: String) {
        let reply = responder.reply(to: message).reply
        #expect(reply.intent == Reply.BuiltIn.crisis)
        #expect(reply.escalation == .emergency)
        #expect(reply.handoff == HandoffRequest(reason: "crisis: \(category.rawValue)", priority: .urgent, crisisCategory: category))
        #expect(firstTwoLines(reply.text).contains(number))
        #expect(reply.text.contains("555-0100"), "the provider's line follows")
        #expect(reply.actions.first?.tel.hasSuffix(number.filter(\.isNumber).suffix(3)) == true)
    }

    @Test func overdoseReplyGivesNaloxoneSteps() {
        let text = responder.reply(to: "my friend overdosed").reply.text
        #expect(firstTwoLines(text).contains("naloxone"))
    }

    @Test(arguments: [
        "what is naloxone", "how does narcan work", "is fentanyl an opioid", "what are the signs of an overdose",
        "how can I prevent an overdose", "where can I get naloxone",
    ])
    func ordinaryQuestionsAboutOverdoseAreNotCrises(message: String) {
        #expect(responder.intent(of: message) != Reply.BuiltIn.crisis)
    }

    @Test func staffRulesAddToTheFloor() {
        #expect(responder.intent(of: "his lips turning grey") == Reply.BuiltIn.crisis)
    }

    @Test func theFloorStaysWhenHelplineYamlLeavesTheGuardOut() throws {
        let fixture = try Fixture()
        try fixture.write("helpline.yaml", try String(contentsOfFile: fixture.file("helpline.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  - name: crisis-guard\n", with: ""))
        try fixture.write("crisis.yaml", "id: crisis\ntitle: Urgent\ncategory: crisis\nescalation: emergency\nanswer: { text: You are not alone. }\n")
        let responder = try fixture.load()
        #expect(responder.plugins.first?.name == CrisisGuardPlugin.name)
        #expect(responder.intent(of: "i want to end my life") == Reply.BuiltIn.crisis)
    }

    @Test func theGuardCannotBeMovedDown() throws {
        let fixture = try Fixture()
        try fixture.write("helpline.yaml", try String(contentsOfFile: fixture.file("helpline.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  - name: crisis-guard\n", with: "")
            .replacingOccurrences(of: "  - name: fallback\n", with: "  - name: fallback\n  - name: crisis-guard\n"))
        #expect(fixture.diagnostics().contains { $0.contains("the crisis guard must be the first plugin") })
    }

    @Test func crisisWinsOverAnyOtherMatch() {
        #expect(responder.intent(of: "hello, I want to kill myself") == Reply.BuiltIn.crisis)
        #expect(responder.intent(of: "what is group therapy, I'm suicidal") == Reply.BuiltIn.crisis)
    }
}

import Foundation
