import ArgumentParser
import Foundation
import HelplineCore
import HelplineServer
import HelplineStore

/// Conversations as staff review them: list, read, export, review, purge.
struct Transcripts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show, export, review and purge conversations.",
        subcommands: [List.self, Show.self, Export.self, Review.self, Purge.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List conversations, most recent activity first.")
        @OptionGroup var options: StoreOptions
        @Flag(help: "Only conversations that reached a handoff or an emergency.") var escalated = false
        @Option(help: "Only conversations active within this age, e.g. 7d, 12h.") var since: Age?
        @Option(help: "How many at most.") var limit = 100

        func run() async throws {
            let store = try await options.open()
            let conversations = try await store.listConversations(escalatedOnly: escalated, since: since?.date, limit: limit)
            try await options.audit(store, "transcripts.list", detail: escalated ? "escalated" : nil)
            if conversations.isEmpty { print("No conversations.") }
            for summary in conversations {
                print("\(summary.id.lowercasedString)  \(summary.updatedAt.shortTimestamp)  \(summary.turnCount) turns  \(summary.escalation.rawValue)"
                    + (summary.openHandoffs > 0 ? "  \(summary.openHandoffs) open handoff(s)" : ""))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a whole conversation with each turn's intent, plugin, confidence and escalation.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The conversation id.") var id: String

        func run() async throws {
            let (store, conversation, turns, handoffs) = try await Transcripts.load(id, options: options)
            try await options.audit(store, "conversation.view", targets: [conversation.id.lowercasedString])
            print(TranscriptExporter.markdown(conversation, turns: turns, handoffs: handoffs), terminator: "")
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a conversation as Markdown or JSON lines, or as a conversation test for intents/tests/.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The conversation id.") var id: String
        @Option(help: "markdown or jsonl.") var format: String = "markdown"
        @Flag(name: .customLong("as-test"), help: "Write a conversation test (YAML) instead.") var asTest = false
        @Flag(help: "Write into transcripts/exports/ (next to the store) instead of standard output.") var save = false

        func validate() throws {
            if TranscriptExporter.Format(rawValue: format) == nil { throw ValidationError("--format must be markdown or jsonl") }
        }

        func run() async throws {
            let (store, conversation, turns, handoffs) = try await Transcripts.load(id, options: options)
            let format = TranscriptExporter.Format(rawValue: format)!
            let text: String
            let ext: String
            if asTest {
                text = TranscriptExporter.conversationTest(conversation, turns: turns)
                ext = "yaml"
            } else if format == .jsonl {
                text = TranscriptExporter.jsonl(conversation, turns: turns)
                ext = format.fileExtension
            } else {
                text = TranscriptExporter.markdown(conversation, turns: turns, handoffs: handoffs)
                ext = format.fileExtension
            }
            let idText = conversation.id.lowercasedString
            try await options.audit(store, "transcript.export", targets: [idText], detail: asTest ? "as-test" : format.rawValue)
            guard save else {
                print(text, terminator: "")
                return
            }
            let folder = URL(fileURLWithPath: options.path).deletingLastPathComponent().appendingPathComponent("exports")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("\(asTest ? "test-" : "")\(idText).\(ext)")
            try text.write(to: file, atomically: true, encoding: .utf8)
            print("wrote \(file.path)")
        }
    }

    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Conversations worth a second look: repeated fallbacks, or risk words without an escalation.")
        @OptionGroup var options: StoreOptions
        @Option(help: "Only conversations active within this age.") var since: Age?
        @Option(name: .customLong("term"), help: "An extra risk word or phrase (repeatable).") var terms: [String] = []

        func run() async throws {
            let store = try await options.open()
            let candidates = try await store.reviewCandidates(
                riskTerms: MissedEscalationReview.defaultTerms + terms, since: since?.date, limit: 200)
            try await options.audit(store, "transcripts.review", targets: candidates.map { $0.conversationID.lowercasedString })
            if candidates.isEmpty { print("Nothing to review.") }
            for candidate in candidates {
                let reasons = candidate.reasons.map { reason -> String in
                    switch reason {
                    case .repeatedFallback(let count): "\(count) fallbacks in a row"
                    case .riskTerms(let terms): "risk words without escalation: \(terms.joined(separator: ", "))"
                    }
                }
                print("\(candidate.conversationID.lowercasedString)  \(candidate.updatedAt.shortTimestamp)  \(reasons.joined(separator: "; "))")
            }
        }
    }

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete conversations older than the retention period; open handoffs keep theirs, audit rows stay.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var intents: IntentOptions
        @Option(name: .customLong("older-than"), help: "Age, e.g. 30d (default: retention_days from helpline.yaml).") var olderThan: Age?

        func run() async throws {
            var age = olderThan
            if age == nil {
                let days = (try? IntentLoader(verifyExamples: false).load(directory: intents.directory))?.knowledge.settings.retentionDays ?? 30
                age = Age(argument: "\(days)d")
            }
            let store = try await options.open()
            let result = try await store.purge(olderThan: age!.date)
            try await options.audit(store, "transcripts.purge", detail: "\(result.conversations) conversations deleted, \(result.keptForActiveHandoffs) kept")
            print("Deleted \(result.conversations) conversations (\(result.turns) turns, \(result.handoffs) closed handoffs); kept \(result.keptForActiveHandoffs) with open handoffs.")
        }
    }

    static func load(_ text: String, options: StoreOptions) async throws
        -> (any HelplineStore, StoredConversation, [StoredTurn], [StoredHandoff])
    {
        let id = try parseID(text, what: "conversation")
        let store = try await options.open()
        guard let conversation = try await store.conversation(id) else {
            printError("no conversation \(id.lowercasedString)")
            throw ExitCode(1)
        }
        return (store, conversation, try await store.turns(of: id), try await store.handoffs(of: id))
    }
}
