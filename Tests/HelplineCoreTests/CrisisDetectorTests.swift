import Foundation
import Testing
@testable import HelplineCore

/// The compiled-in concept rules, on their own and through the responder.
@Suite struct CrisisDetectorTests {
    let detector = CrisisDetector()

    func categories(_ text: String) -> Set<CrisisCategory> { Set(detector.findings(in: text).map(\.category)) }

    @Test func everyConceptARuleNamesIsDefined() {
        #expect(detector.undefinedConcepts.isEmpty, "undefined: \(detector.undefinedConcepts)")
    }

    @Test(arguments: [
        ("im going to end it tonight after this", CrisisCategory.suicidal),
        ("i just wish i could go to sleep and never wake up", .suicidal),
        ("they would all be better off if i was gone", .suicidal),
        ("how many of my pills would it take to not wake up", .suicidal),
        ("whats the least painful way to go", .suicidal),
        ("gonna use alone tonight and idc what happens", .suicidal),
        ("one last time and then im ending it", .suicidal),
        ("i gave him narcan and he still wont respond", .overdose),
        ("cant get him to answer me hes slumped over", .overdose),
        ("his lips r blue and hes making gurgling sounds", .overdose),
        ("my dog chewed up one of my fentanyl patches", .poisoning),
        ("im in withdrawal and having chest pains", .medicalEmergency),
        ("i keep cutting my arms", .selfHarm),
    ])
    func conceptsCombineAcrossInsertedAndTrailingWords(text: String, category: CrisisCategory) {
        #expect(categories(text).contains(category), "\(text)")
    }

    @Test(arguments: [
        ("my friend is overdoseing", CrisisCategory.overdose),  // one typo on a long word
        ("hes not breating", .overdose),
        ("i wanna kms tn", .suicidal),  // texting spellings
        ("im gonna unalive myself", .suicidal),
    ])
    func typosAndTextingSpellingsStillCount(text: String, category: CrisisCategory) {
        #expect(categories(text).contains(category), "\(text)")
    }

    @Test(arguments: [
        "what are the signs of an overdose",
        "i overdosed twice in 2019 and want to get on suboxone",
        "how do i use narcan if someone ever needs it",
        "do your counselors have suicide prevention training",
        "this paperwork is killing me lol",
        "id die for a coffee",
        "my brother died of an overdose last year, do you have grief groups",
        "i'm putting myself first this year",
    ])
    func ordinaryMessagesAreLeftAlone(text: String) {
        #expect(detector.findings(in: text).isEmpty, "\(text): \(detector.findings(in: text))")
    }

    /// A `never` concept cancels a rule even where a `despite` concept (naloxone, "i want to") would
    /// keep it: the same words in a question or an idiom are ordinary.
    @Test func aNeverConceptCancelsWhateverElseIsThere() {
        #expect(categories("why do some overdoses not respond to narcan, is it the xylazine").isEmpty)
        #expect(categories("gave him narcan and he will not respond") == [.overdose])
        #expect(categories("on hold so long i wanted to die, is there another number").isEmpty)
        #expect(categories("i wanted to die last night and i still do") == [.suicidal])
    }

    /// A past crisis said to be over now is a treatment question; the same past with "again",
    /// "still" or a time is a crisis.
    @Test(arguments: [
        ("i overdosed last month but im ok now and want to start treatment, what do i do first", nil),
        ("my daughter attempted suicide in 2020, shes doing well now and wants to start mat", nil),
        ("i used to think everyone would be better off without me but therapy helped a ton", nil),
        ("wrote goodbye letters once, never sent them, im in a much better place", nil),
        ("i overdosed last month and tonight im gonna do it again on purpose", CrisisCategory.suicidal),
        ("i tried to kill myself last year, i thought i was ok now but i want to kill myself again", .suicidal),
    ] as [(String, CrisisCategory?)])
    func aCrisisSaidToBeOverIsNotOne(text: String, category: CrisisCategory?) {
        if let category {
            #expect(categories(text).contains(category), "\(text)")
        } else {
            #expect(detector.findings(in: text).isEmpty, "\(text): \(detector.findings(in: text))")
        }
    }

    @Test func aCancelledRuleSaysWhatCancelledIt() {
        let findings = detector.findings(in: "i overdosed twice last year", includeCancelled: true)
        #expect(findings.contains { $0.rule == "overdosed" && $0.cancelledBy == "long-ago: last year" })
        #expect(detector.findings(in: "i overdosed twice last year").isEmpty)
    }

    @Test func aCrisisReplyExplainsTheConceptsThatFired() throws {
        let reply = try Responder.minimal().reply(to: "gonna end it tonight").reply
        #expect(reply.intent == Reply.BuiltIn.crisis)
        #expect(reply.explanation.matched == "concepts: plan-to-end-it")
        #expect(reply.explanation.concepts == ["plan: going to", "end-it: end it"])
        let json = String(decoding: try JSONEncoder().encode(reply), as: UTF8.self)
        #expect(json.contains("\"concepts\":[\"plan: going to\",\"end-it: end it\"]"))
    }

    @Test func methodQuestionsGetTheLifelineAndNoAnswer() throws {
        let reply = try Responder.minimal().reply(to: "what is a lethal dose of fentanyl").reply
        #expect(reply.handoff?.crisisCategory == .suicidal)
        #expect(reply.text.split(separator: "\n").prefix(2).joined().contains("988"))
        #expect(!reply.text.contains("mg"))
    }

    @Test func aPastOverdoseIsATreatmentQuestion() throws {
        #expect(try Responder.minimal().intent(of: "i od'd in 2021, been clean since, do you have groups") != Reply.BuiltIn.crisis)
    }
}
