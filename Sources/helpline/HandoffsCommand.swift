import ArgumentParser
import Foundation
import HelplineCore
import HelplineStore

/// The escalation queue, worked on the store file directly.
struct Handoffs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The escalation queue: list, show and update handoffs.", subcommands: [List.self, Show.self, Update.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List handoffs, urgent first, newest first.")
        @OptionGroup var options: StoreOptions
        @Option(help: "open, contacted, closed, no-contact or all.") var status = "open"
        @Option(help: "urgent or normal.") var priority: String?

        func validate() throws {
            if status != "all", HandoffStatus(rawValue: status) == nil {
                throw ValidationError("--status must be one of open, contacted, closed, no-contact, all")
            }
            if let priority, HandoffRequest.Priority(rawValue: priority) == nil {
                throw ValidationError("--priority must be urgent or normal")
            }
        }

        func run() async throws {
            let store = try await options.open()
            let handoffs = try await store.listHandoffs(
                status: HandoffStatus(rawValue: status), priority: priority.flatMap(HandoffRequest.Priority.init(rawValue:)), limit: 500)
            try await options.audit(store, "handoffs.list", detail: "status=\(status) priority=\(priority ?? "any")")
            if handoffs.isEmpty { print("No \(status == "all" ? "" : status + " ")handoffs.") }
            for handoff in handoffs { print(HandoffLine(handoff).summary) }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one handoff with its call-back details.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The handoff id.") var id: String

        func run() async throws {
            let id = try parseID(id, what: "handoff")
            let store = try await options.open()
            guard let handoff = try await store.handoff(id) else {
                printError("no handoff \(id.lowercasedString)")
                throw ExitCode(1)
            }
            try await options.audit(store, "handoff.view", targets: [id.lowercasedString])
            print(HandoffLine(handoff).details)
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record what was done: a new status and/or a note.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The handoff id.") var id: String
        @Option(help: "open, contacted, closed or no-contact.") var status: String?
        @Option(help: "A note for colleagues (replaces the previous note; an empty note clears it).") var note: String?

        func validate() throws {
            if status == nil, note == nil { throw ValidationError("give --status, --note or both") }
            if let status, HandoffStatus(rawValue: status) == nil {
                throw ValidationError("--status must be one of open, contacted, closed, no-contact")
            }
        }

        func run() async throws {
            let id = try parseID(id, what: "handoff")
            let store = try await options.open()
            guard let current = try await store.handoff(id) else {
                printError("no handoff \(id.lowercasedString)")
                throw ExitCode(1)
            }
            let updated = try await store.updateHandoff(
                id, status: status.flatMap(HandoffStatus.init(rawValue:)) ?? current.status, note: note,
                by: options.who, at: Date())
            try await options.audit(store, "handoff.update", targets: [id.lowercasedString], detail: "status=\(updated.status.rawValue)")
            print(HandoffLine(updated).summary)
        }
    }
}

/// How a handoff reads in a terminal.
struct HandoffLine {
    let handoff: StoredHandoff

    init(_ handoff: StoredHandoff) { self.handoff = handoff }

    var summary: String {
        let flag = handoff.priority == .urgent ? "URGENT" : "normal"
        let callback = handoff.callback.map { " call back \($0.phone)" } ?? ""
        return "\(handoff.id.lowercasedString)  \(flag)  \(handoff.status.rawValue)  \(handoff.createdAt.shortTimestamp)  \(handoff.reason)\(callback)"
    }

    var details: String {
        var lines = [
            "handoff       \(handoff.id.lowercasedString)",
            "conversation  \(handoff.conversationID.lowercasedString)",
            "priority      \(handoff.priority.rawValue)" + (handoff.crisisCategory.map { " (\($0.rawValue))" } ?? ""),
            "status        \(handoff.status.rawValue)" + (handoff.updatedBy.map { ", by \($0)" } ?? "") + ", \(handoff.updatedAt.shortTimestamp)",
            "reason        \(handoff.reason)",
            "intent        \(handoff.intent ?? "-")",
            "opened        \(handoff.createdAt.shortTimestamp)",
        ]
        if let callback = handoff.callback {
            lines.append("call back     \(callback.name ?? "(no name)") at \(callback.phone)" + (callback.bestTime.map { ", best time: \($0)" } ?? "")
                + ", consent \(callback.consentAt.shortTimestamp)")
        }
        if let note = handoff.note { lines.append("note          \(note)") }
        lines.append("transcript    helpline transcripts show \(handoff.conversationID.lowercasedString)")
        return lines.joined(separator: "\n")
    }
}
