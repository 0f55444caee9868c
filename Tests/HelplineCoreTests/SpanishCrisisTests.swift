import Foundation
import Testing
@testable import HelplineCore

/// The Spanish floor (issue 14): every crisis category caught in Spanish and answered in Spanish
/// with 988's Spanish service; ordinary Spanish messages left alone and given the Spanish
/// helpline reply; English untouched.
@Suite struct SpanishCrisisTests {
    let responder: Responder

    init() throws {
        responder = try Responder.minimal()
    }

    func firstTwoLines(_ text: String) -> String {
        text.split(separator: "\n").prefix(2).joined(separator: "\n")
    }

    @Test(arguments: [
        ("me quiero morir", CrisisCategory.suicidal, "988"),
        ("ya no kiero vivir", .suicidal, "988"),
        ("todos estarian mejor sin mi", .suicidal, "988"),
        ("cuantas pastillas necesito para no despertar", .suicidal, "988"),
        ("me estoy cortando otra vez", .selfHarm, "988"),
        ("tomé demasiadas pastillas", .overdose, "911"),
        ("mi amigo no respira y esta morado", .overdose, "911"),
        ("le di narcan y no reacciona", .overdose, "911"),
        ("mi tio esta convulsionando", .medicalEmergency, "911"),
        ("mi niño se trago una tira de suboxone", .poisoning, "1-800-222-1222"),
        ("voy a matarlo", .harmToOthers, "911"),
    ])
    func eachCategoryIsCaughtInSpanishAndAnsweredInSpanish(message: String, category: CrisisCategory, number: String) {
        let reply = responder.reply(to: message).reply
        #expect(reply.intent == Reply.BuiltIn.crisis, "\(message) → \(reply.intent)")
        #expect(reply.escalation == .emergency)
        #expect(reply.handoff == HandoffRequest(reason: "crisis: \(category.rawValue) (Spanish)", priority: .urgent, crisisCategory: category))
        #expect(firstTwoLines(reply.text).contains(number), "\(reply.text)")
        #expect(reply.text.contains("988") && reply.text.contains("oprima 2 para español"), "\(reply.text)")
        #expect(reply.text.contains("555-0100"), "the provider's line follows")
        #expect(reply.text.contains("Llame") || reply.text.contains("llame"), "\(reply.text)")
        #expect(!reply.text.contains("Call "), "no English lines: \(reply.text)")
        #expect(reply.text.split(separator: "\n").count == 4, "the English reply's four lines")
        #expect(reply.actions.first?.tel.hasSuffix(number.filter(\.isNumber).suffix(3)) == true)
        #expect(reply.actions.allSatisfy { !$0.label.contains("Emergency services") })
    }

    @Test func theOverdoseReplyGivesTheNaloxoneStepsInSpanish() {
        let text = responder.reply(to: "mi hermano no respira").reply.text
        #expect(firstTwoLines(text).contains("naloxona (Narcan)"))
    }

    @Test(arguments: [
        "¿qué es la naloxona?", "¿Cómo uso Narcan?", "como se aplica el narcan", "¿cuánto cuesta?",
        "¿tienen servicios en español?", "me muero de hambre", "me mata el dolor de cabeza",
        "la espera me esta matando", "me quiero morir de la verguenza", "mi mama me va a matar si se entera",
        "no quiero morir, quiero dejar el fentanilo", "cuales son las señales de una sobredosis",
        "se me corto la llamada, pueden llamarme otra vez?", "estoy mejor sin mi ex",
        "no quiero vivir con mis papas", "anoche tome de mas",
    ])
    func ordinarySpanishIsNotACrisisAndGetsTheSpanishHelplineReply(message: String) {
        let reply = responder.reply(to: message).reply
        #expect(reply.intent == Reply.BuiltIn.fallback, "\(message) → \(reply.intent) via \(reply.explanation.matched ?? "-")")
        #expect(reply.text.contains("555-0100") && reply.text.contains("1-800-662-4357"), "\(reply.text)")
        #expect(reply.text.contains("SAMHSA") && reply.text.contains("español"))
        #expect(reply.text != responder.knowledge.settings.message("fallback"))
        #expect(reply.actions.map(\.tel) == [responder.knowledge.settings.helpline.tel, "+18006624357"])
    }

    /// Leaning to recall, as the English floor does with "kill myself lol" (intents/README.md).
    @Test(arguments: ["lo voy a matar", "me voy a matar estudiando para el examen jaja", "ya no aguanto mas"])
    func wordingThatMayBeAnIdiomIsFlaggedOnPurpose(message: String) {
        #expect(responder.reply(to: message).reply.intent == Reply.BuiltIn.crisis)
    }

    @Test func englishRepliesAreUnchanged() {
        let crisis = responder.reply(to: "i want to kill myself").reply
        #expect(crisis.text.hasPrefix("Please call or text 988 now"))
        #expect(!crisis.text.contains("español"))
        #expect(crisis.handoff?.reason == "crisis: suicidal")
        let fallback = responder.reply(to: "what is the capital of peru").reply
        #expect(fallback.intent == Reply.BuiltIn.fallback)
        #expect(fallback.text == responder.knowledge.settings.message("fallback"))
        #expect(!fallback.text.contains("SAMHSA"))
    }

    @Test(arguments: [
        ("me quiero morir", VisitorLanguage.spanish), ("me muero de hambre", .spanish), ("i need help", .english), ("¿cuánto cuesta?", .spanish), ("hola, tienen citas en la tarde?", .spanish),
        ("what does como estas mean in english", .english), ("translate que pasa to english", .english),
        ("how do i say where is the bathroom in spanish", .english), ("la la land tickets", .english),
    ])
    func languageDetectionIsConservative(message: String, language: VisitorLanguage) {
        #expect(VisitorLanguage.of(message) == language, "\(message)")
    }

    /// The shared evaluation sets beside the checkout (`../shared/eval`), where this machine has them.
    static let sharedEval = Fixture.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/eval")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedEval.appendingPathComponent("clinc150-test.tsv").path)))
    func noEnglishEvaluationQueryReadsAsSpanish() throws {
        for name in ["clinc150-test.tsv", "dev.tsv"] {
            let text = try String(contentsOfFile: Self.sharedEval.appendingPathComponent(name).path, encoding: .utf8)
            let spanish = text.split(separator: "\n").compactMap { $0.split(separator: "\t").last.map(String.init) }
                .filter { VisitorLanguage.of($0) == .spanish }
            #expect(spanish.isEmpty, "\(name): \(spanish.prefix(10))")
        }
    }

    @Test func theShippedCorpusIsAnsweredInTheLanguageItIsWrittenIn() throws {
        let shipped = try Responder.shipped()
        let corpus = shipped.knowledge.crisisCorpus
        let spanish = corpus.crises.filter { $0.kind.hasPrefix("es-") }
        #expect(spanish.count >= 40)
        #expect(corpus.ordinary.filter { $0.kind.hasPrefix("es-") }.count >= 30)
        #expect(Set(spanish.map { CrisisScorer.category(kind: String($0.kind.dropFirst(3)), number: $0.number!) }).count == CrisisCategory.allCases.count,
                "every category has Spanish rows")
        for row in corpus.crises {
            let text = shipped.reply(to: row.message.value).reply.text
            #expect(text.contains("oprima 2") == row.kind.hasPrefix("es-"), "\(row.message.value) → \(text.prefix(60))")
        }
        for row in corpus.ordinary where row.kind.hasPrefix("es-") {
            let reply = shipped.reply(to: row.message.value).reply
            #expect(reply.intent != Reply.BuiltIn.crisis)
        }
    }

    @Test func theLearnedScorerIsSilentOnSpanish() {
        let detector = CrisisDetector()
        #expect(detector.findings(in: "¿Cómo uso Narcan?").isEmpty)
        #expect(detector.findings(in: "me quiero morir").allSatisfy { $0.language == .spanish })
        #expect(detector.findings(in: "i want to die").allSatisfy { $0.language == .english })
    }
}
