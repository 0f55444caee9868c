import Foundation
import Testing
@testable import HelplineCore

/// `helpline check`'s warning about intents whose examples overlap.
@Suite struct ConfusionCheckTests {
    @Test func intentsWhoseExamplesOverlapAreReported() throws {
        let fixture = try Fixture()
        try fixture.write("group-therapy.yaml", """
            id: group-therapy
            title: Overview
            examples:
              - tell me about group therapy
              - how long is each session
              - who runs the meetings
            answer: { text: Group therapy brings people together. }
            escalation: none
            """)
        try fixture.write("group-schedule.yaml", """
            id: group-schedule
            title: Group schedule
            examples:
              - tell me about group therapy times
              - how long is each session usually
              - who runs the meetings on monday
              - when do you meet
            answer: { text: Ask the team. }
            escalation: none
            """)
        let warnings = ConfusionCheck(knowledge: try fixture.load().knowledge).warnings()
            .map { $0.description.replacingOccurrences(of: fixture.path, with: "intents") }
        #expect(warnings.contains { $0.contains("warning: 3 of the 3 examples of 'group-therapy' are closer to 'group-schedule' than to their own intent") })
    }

    @Test func distinctIntentsAreNotReported() throws {
        #expect(ConfusionCheck(knowledge: try Responder.minimal().knowledge).warnings().isEmpty)
    }
}
