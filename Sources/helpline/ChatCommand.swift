import ArgumentParser
import HelplineCore

/// An interactive chat in the terminal.
struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Chat with the assistant in the terminal (type 'quit' or press Ctrl-D to leave).")

    @OptionGroup var options: IntentOptions
    @Flag(help: "Show why each reply was chosen.") var explain = false

    func run() async throws {
        let responder = try options.loadResponder()
        let printer = ReplyPrinter(explain: explain)
        var state = ConversationState()
        print("Helpline chat (\(responder.knowledge.settings.organization)). Type your question; 'quit' to leave.\n")
        while true {
            print("you> ", terminator: "")
            guard let line = readLine() else { break }
            let text = line.trimmingCharacters()
            if text.isEmpty { continue }
            if ["quit", "exit", "/quit"].contains(text.lowercased()) { break }
            let (reply, next) = responder.reply(to: text, in: state)
            state = next
            print("\n" + printer.render(reply) + "\n")
        }
    }
}

extension String {
    func trimmingCharacters() -> String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
