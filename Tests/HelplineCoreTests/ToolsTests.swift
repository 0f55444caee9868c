import Foundation
import Testing
@testable import HelplineCore

@Suite struct ToolsTests {
    @Test func evaluationCountsAccuracyCrisisRecallAndFallbacks() throws {
        let rows = try Evaluation.parse("""
            # expected\tmessage
            group-therapy\twhat is group therapy
            crisis\tI want to end my life
            fallback\torder a pizza
            virtual\tbook a flight

            """)
        let result = Evaluation(responder: try Responder.minimal(), rows: rows)
        #expect(result.accuracy.correct == 3 && result.accuracy.total == 4)
        #expect(result.crisisRecall.rate == 1)
        #expect(result.fallbackRate.rate == 1)
        #expect(result.misses.map(\.line) == [5])
        #expect(result.falseCrises.isEmpty)
    }

    @Test func evaluationRejectsALineWithoutATab() {
        #expect(throws: EvaluationInputError.self) { try Evaluation.parse("greeting hello\n") }
    }

    @Test func generatedIntentsLoadAndAnswerTheirOwnExamples() throws {
        let folder = NSTemporaryDirectory() + "helpline-synthetic-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let queries = try SyntheticIntents(count: 200).write(from: Fixture.minimal, to: folder)
        let responder = try IntentLoader(verifyExamples: false).load(directory: folder)
        #expect(responder.knowledge.intents.count == 205)
        let answered = queries.filter { responder.intent(of: $0).hasPrefix("synthetic-") }
        #expect(answered.count >= queries.count * 9 / 10)
        #expect(responder.intent(of: "what is group therapy") == "group-therapy")
        let result = Benchmark().run(responder, label: "test", messages: queries, rounds: 1)
        #expect(result.messages == queries.count)
    }

    @Test func frequentWordsAloneStillFindTheirExamples() throws {
        let fixture = try Fixture()
        // Seventy examples make "group" a common word, which the index scores only for candidates.
        let examples = String(repeating: "  - group meeting\n", count: 70)
        try fixture.write("many.yaml", "id: many\ntitle: Many\nexamples:\n\(examples)answer: { text: Many. }\n")
        let responder = try IntentLoader(verifyExamples: false).load(directory: fixture.path)
        #expect(responder.intent(of: "group meeting") == "many")
    }
}
