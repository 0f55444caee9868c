import Foundation
import HelplineCore
@testable import HelplineStore

/// A fresh store for one test: on a real SQLite file in a fresh temporary folder, opened with
/// the production configuration, or in a fresh database on the PostgreSQL test server
/// (``TestPostgres``). The folder or database is removed when the test's body returns.
struct TemporaryStore {
    /// Which backend the store is.
    let backend: Backend
    let store: any HelplineStore
    /// The SQLite database file, one folder below the temporary folder (so opening creates it);
    /// empty on PostgreSQL.
    let path: String
    /// The fresh database, on PostgreSQL; nil on SQLite.
    let postgres: PostgresLocation?

    /// Runs `body` with a fresh SQLite store, then deletes its folder.
    static func with<T>(_ body: (TemporaryStore) async throws -> T) async throws -> T {
        try await with(.sqlite, body)
    }

    /// Runs `body` with a fresh store of `backend`, then deletes its folder or database.
    static func with<T>(_ backend: Backend, _ body: (TemporaryStore) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-store-tests-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("transcripts/helpline.sqlite").path
            return try await body(
                TemporaryStore(backend: .sqlite, store: try SQLiteStore(path: path), path: path, postgres: nil))
        case .postgres:
            return try await TestPostgres.withDatabase { location in
                let store = try await PostgresStore(location: location, options: TestPostgres.options)
                do {
                    let result = try await body(TemporaryStore(backend: .postgres, store: store, path: "", postgres: location))
                    await store.close()
                    return result
                } catch {
                    await store.close()
                    throw error
                }
            }
        }
    }

    /// The SQLite store, for tests of SQLite itself.
    var sqlite: SQLiteStore {
        guard let store = store as? SQLiteStore else { preconditionFailure("not a SQLite store") }
        return store
    }

    /// The PostgreSQL store, for tests of PostgreSQL itself.
    var postgresStore: PostgresStore {
        guard let store = store as? PostgresStore else { preconditionFailure("not a PostgreSQL store") }
        return store
    }

    /// Opens the same file again, as a restarted server would.
    func reopen() throws -> SQLiteStore {
        try SQLiteStore(path: path)
    }

    /// Opens the same database again: as a restarted server would, or, on PostgreSQL, another
    /// instance sharing it. Close it when done.
    func another() async throws -> any HelplineStore {
        switch backend {
        case .sqlite: try reopen()
        case .postgres: try await PostgresStore(location: postgres!, options: TestPostgres.options)
        }
    }

    /// Records `message` in `conversation` (a new one when nil) with `reply` as the answer.
    @discardableResult
    func say(_ message: String, in conversation: UUID? = nil, reply: Reply, at date: Date = Fixture.start) async throws
        -> RecordedTurn
    {
        try await store.respond(conversation: conversation, message: message, at: date) { state in
            (reply, state.after(reply))
        }
    }
}

/// Fixed dates and hand-built replies.
enum Fixture {
    /// A whole second, so dates survive GRDB's millisecond text format unchanged.
    static let start = Date(timeIntervalSince1970: 1_750_000_000)

    static func minutes(_ n: Double, after date: Date = start) -> Date {
        date.addingTimeInterval(n * 60)
    }

    static func days(_ n: Double, after date: Date = start) -> Date {
        date.addingTimeInterval(n * 86_400)
    }

    /// An ordinary answer with a quote, no handoff.
    static func answer(_ intent: String = "what-is-group-therapy", text: String = "Group therapy brings people together.")
        -> Reply
    {
        Reply(
            text: text,
            excerpt: Excerpt(
                quote: "Group therapy is a form of psychotherapy.", article: "group-therapy-during-recovery",
                title: "Group Therapy During Recovery", url: "https://example.org/group-therapy"),
            intent: intent, confidence: 0.9, escalation: .none,
            explanation: Explanation(plugin: "intent-matcher", score: 0.9))
    }

    /// "I'm not sure I understood": nothing matched.
    static func fallback() -> Reply {
        Reply(
            text: "I'm not sure I understood. You can call 855-993-0960.", intent: Reply.BuiltIn.fallback,
            confidence: 0, escalation: .offer, explanation: Explanation(plugin: "fallback", score: 0))
    }

    /// An answer that offers the helpline, without opening a handoff.
    static func offer(_ intent: String = "mat-program") -> Reply {
        var reply = answer(intent, text: "Counseling is part of MAT. You can call 855-993-0960.")
        reply.escalation = .offer
        return reply
    }

    /// A reply that opens a handoff.
    static func handoff(
        _ intent: String = "talk-to-person", reason: String = "visitor asked to talk to a person",
        priority: HandoffRequest.Priority = .normal, crisis: CrisisCategory? = nil
    ) -> Reply {
        Reply(
            text: "I can ask a counselor to call you back. Would you like that?",
            intent: intent, confidence: 1, escalation: crisis == nil ? .handoff : .emergency,
            handoff: HandoffRequest(reason: reason, priority: priority, crisisCategory: crisis),
            asksForCallback: crisis == nil,
            explanation: Explanation(plugin: crisis == nil ? "intent-matcher" : "crisis-guard", score: 1))
    }
}
