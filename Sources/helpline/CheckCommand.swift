import ArgumentParser
import HelplineCore

/// Validates the intent folder and runs every example and conversation test.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate intent files, run every example and conversation test; exit 1 on any failure.")

    @Argument(help: "Folder of intent files (default: $HELPLINE_INTENTS, else ./intents).")
    var folder: String?

    func run() async throws {
        let options = try IntentOptions.parse(folder.map { ["--intents", $0] } ?? [])
        let responder = try options.loadResponder()
        let knowledge = responder.knowledge
        let failures = ConversationTestRunner(responder: responder).run()
        for failure in failures { printError(failure.description) }
        let examples = knowledge.intents.values.reduce(0) { $0 + $1.examples.count }
        let patterns = knowledge.intents.values.reduce(0) { $0 + $1.patterns.count }
        let turns = knowledge.conversationTests.reduce(0) { $0 + $1.turns.count }
        print("""
            \(options.directory): \(knowledge.intents.count) intents, \(patterns) patterns, \(examples) examples (each answered by its own intent), \
            \(knowledge.crisisRules.count) crisis rules, \(knowledge.notCrisis.count) non-crisis checks, \(knowledge.articles.count) article(s)
            conversation tests: \(knowledge.conversationTests.count) conversations, \(turns) turns, \(failures.count) failing
            """)
        let warnings = ConfusionCheck(knowledge: knowledge).warnings()
        for warning in warnings { printError(warning.description) }
        if !warnings.isEmpty { print("\(warnings.count) warning(s): intents whose examples sit closer to another intent than to their own") }
        if !failures.isEmpty { throw ExitCode(1) }
        print("OK")
    }
}
