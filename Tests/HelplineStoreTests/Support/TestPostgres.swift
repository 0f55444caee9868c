import Foundation
import PostgresNIO
import Testing
@testable import HelplineStore

/// The backends the store tests run on.
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// SQLite always; PostgreSQL when `HELPLINE_TEST_POSTGRES` names a server.
    static var all: [Backend] { TestPostgres.url == nil ? [.sqlite] : [.sqlite, .postgres] }
    /// PostgreSQL when `HELPLINE_TEST_POSTGRES` names a server, else nothing (the test is skipped).
    static var postgresOnly: [Backend] { TestPostgres.url == nil ? [] : [.postgres] }

    var testDescription: String { rawValue }
}

/// The PostgreSQL server the tests use: `HELPLINE_TEST_POSTGRES`, a `postgres://` URL of its
/// maintenance database (`scripts/postgres.sh start DIR` prints one). Each test gets a database
/// of its own, created with a random name and dropped afterwards.
enum TestPostgres {
    /// The maintenance database's URL, or nil when PostgreSQL tests are off.
    static var url: String? {
        guard let url = ProcessInfo.processInfo.environment["HELPLINE_TEST_POSTGRES"], !url.isEmpty else { return nil }
        return url
    }

    /// Store options for tests: the machine is busy running every test at once (the responder's
    /// corpus tests keep both cores of a small machine busy for minutes, and the cooperative pool
    /// with them), so an operation may wait far longer than in production before it counts as the
    /// server not answering. The availability tests set their own, short timeouts.
    static var options: PostgresStore.Options {
        var options = PostgresStore.Options()
        options.operationTimeout = .seconds(300)
        options.connectTimeout = .seconds(60)
        options.maximumConnections = 8
        return options
    }

    /// Runs `body` with a new, empty database on the test server, then drops it.
    static func withDatabase<T>(_ body: (PostgresLocation) async throws -> T) async throws -> T {
        let maintenance = try PostgresLocation(parsing: try #require(url, "HELPLINE_TEST_POSTGRES is not set"))
        var location = maintenance
        location.database = "helpline_test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        try await execute("CREATE DATABASE \(location.database)", on: maintenance)
        do {
            let result = try await body(location)
            try await execute("DROP DATABASE \(location.database) WITH (FORCE)", on: maintenance)
            return result
        } catch {
            try? await execute("DROP DATABASE \(location.database) WITH (FORCE)", on: maintenance)
            throw error
        }
    }

    /// Runs one SQL statement on the database at `location` (no migrations).
    static func execute(_ sql: String, on location: PostgresLocation) async throws {
        let store = try await PostgresStore(location: location, logger: nil, options: options, migrating: false)
        do {
            try await store.execute(sql)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}

extension PostgresStore {
    /// Runs one SQL statement, as another program on the same database would.
    func execute(_ sql: String) async throws {
        let logger = self.logger
        try await withConnection { connection in try await connection.run(PostgresQuery(unsafeSQL: sql), logger) }
    }

    /// The rows of a query, as another program would read them.
    func rows(_ sql: String) async throws -> [PostgresRow] {
        let logger = self.logger
        return try await withConnection { connection in try await connection.rows(PostgresQuery(unsafeSQL: sql), logger) }
    }
}
