import ArgumentParser

/// The `helpline` command: chat with the assistant, check intent files, measure matching.
@main
struct Helpline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpline",
        abstract: "The Helpline chat assistant: answers visitors from staff-edited intent files.",
        subcommands: [
            Serve.self, Chat.self, Ask.self, Classify.self, Check.self, Eval.self, Bench.self,
            Staff.self, Handoffs.self, Transcripts.self, Audit.self,
        ])
}
