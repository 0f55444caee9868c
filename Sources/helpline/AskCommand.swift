import ArgumentParser
import Foundation
import HelplineCore

/// One message in, one reply out.
struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Answer one message and exit.")

    @OptionGroup var options: IntentOptions
    @Argument(help: "The visitor's message.") var message: String
    @Flag(help: "Print the reply as JSON.") var json = false
    @Flag(help: "Show why the reply was chosen.") var explain = false

    func validate() throws {
        if message.trimmingCharacters().isEmpty { throw ValidationError("the message is empty") }
    }

    func run() async throws {
        // Answers even while `check` still refuses the folder, so a rule can be tried as it is written.
        let responder = try options.loadResponder(verifyExamples: false)
        let reply = responder.reply(to: message).reply
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(reply), as: UTF8.self))
        } else {
            print(ReplyPrinter(explain: explain).render(reply))
            if explain { print(candidates(responder.knowledge)) }
        }
    }
}

extension Ask {
    /// The closest topic examples and the classifier's guess, whatever was answered: what a
    /// new example or pattern would have to beat.
    func candidates(_ knowledge: KnowledgeBase) -> String {
        let parsed = Message(message, knowledge: knowledge)
        var lines = knowledge.topicIndex.rank(parsed, limit: 3).map { score in
            "    topic candidate \(score.intent) \(String(format: "%.3f", score.score)): \(score.evidence) (\(score.evidenceLocation))"
        }
        if let guess = IntentMatcherPlugin.classifierGuess(for: parsed, knowledge: knowledge) {
            lines.append("    classifier guess \(guess.intent) p=\(String(format: "%.2f", guess.probability))")
        }
        return lines.joined(separator: "\n")
    }
}
