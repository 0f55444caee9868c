import ArgumentParser
import Foundation
import HelplineStore

/// Where the store is and who is acting; shared by every command that reads or changes it.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a SQLite file, or a postgres:// URL (default: $HELPLINE_STORE, else transcripts/helpline.sqlite).",
        valueName: "file-or-url"))
    var store: String?

    @Option(name: .customLong("by"), help: "Who is acting, for the audit log (default: cli:$USER).")
    var actor: String?

    var path: String {
        store ?? ProcessInfo.processInfo.environment["HELPLINE_STORE"] ?? "transcripts/helpline.sqlite"
    }

    var who: String {
        actor ?? "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "unknown")
    }

    /// The store, or a clear error and exit status 1.
    func open() async throws -> any HelplineStore {
        do {
            return try await openStore(path)
        } catch {
            printError("cannot open the store at \(displayedStoreLocation(path)): \(error)")
            throw ExitCode(1)
        }
    }

    /// Writes an audit row for a read or change made from the command line.
    func audit(_ store: any HelplineStore, _ action: String, targets: [String] = [], detail: String? = nil) async throws {
        try await store.recordAudit(staff: who, action: action, targets: targets, detail: detail, at: Date())
    }
}

/// "30d", "12h", "90m" or a number of days.
struct Age: ExpressibleByArgument {
    var seconds: TimeInterval

    init?(argument: String) {
        let units: [Character: TimeInterval] = ["d": 86_400, "h": 3_600, "m": 60]
        if let unit = argument.last.flatMap({ units[$0] }), let value = Double(argument.dropLast()), value >= 0 {
            seconds = value * unit
        } else if let days = Double(argument), days >= 0 {
            seconds = days * 86_400
        } else {
            return nil
        }
    }

    var date: Date { Date().addingTimeInterval(-seconds) }
}

/// Parses a conversation or handoff id, or exits with a clear error.
func parseID(_ text: String, what: String) throws -> UUID {
    guard let id = UUID(uuidString: text) else { throw ValidationError("'\(text)' is not a \(what) id (a UUID)") }
    return id
}

extension Date {
    var shortTimestamp: String { formatted(.iso8601) }
}
