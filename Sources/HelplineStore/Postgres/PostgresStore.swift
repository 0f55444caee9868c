import Foundation
public import Logging
import PostgresNIO

/// The Helpline database on a PostgreSQL server, for several instances sharing one store: the
/// same tables, rules and behaviour as ``SQLiteStore``, on a `PostgresClient` connection pool.
///
/// Every write method is one transaction. Where SQLite's single writer serializes everything,
/// here rows are locked: messages of one conversation wait for each other (`SELECT … FOR
/// UPDATE` on the conversation), outbox claims skip rows another instance holds (`FOR UPDATE
/// SKIP LOCKED`), and migrations and purges take advisory locks.
///
/// Each operation is bounded by ``Options/operationTimeout``: when the server is down or does
/// not answer, it fails with ``StoreError/Code/unavailable`` instead of waiting (a query under
/// way is abandoned by closing its connection), and works again once the server is back.
public struct PostgresStore: HelplineStore {
    /// How the store uses its server.
    public struct Options: Sendable {
        /// The longest any one operation may take, waiting for a connection included; also the
        /// sessions' `statement_timeout` on the server.
        public var operationTimeout: Duration = .seconds(5)
        /// The longest opening a connection may take, unless the location's `connect_timeout` says.
        public var connectTimeout: Duration = .seconds(3)
        /// The longest opening may wait for the migrations (another instance may be running them).
        public var migrationTimeout: Duration = .seconds(60)
        /// Connections the pool may open.
        public var maximumConnections = 20

        /// The defaults.
        public init() {}
    }

    /// Where the server is (its password never printed).
    public let location: PostgresLocation
    let client: PostgresClient
    let options: Options
    let logger: Logger
    /// Runs the pool (`client.run()`) until ``close()`` cancels it.
    private let runner: Task<Void, Never>

    /// Connects to the server at `url` (see ``PostgresLocation``) and brings the schema up to date.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/invalidData`` for a malformed URL,
    ///   ``StoreError/Code/unavailable`` when the server cannot be reached or a migration fails.
    public init(url: String, logger: Logger? = nil, options: Options = Options()) async throws {
        try await self.init(location: PostgresLocation(parsing: url), logger: logger, options: options)
    }

    /// Connects to the server at `location` and brings the schema up to date.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/unavailable`` when the server cannot be reached
    ///   within the operation timeout, or a migration fails.
    public init(location: PostgresLocation, logger: Logger? = nil, options: Options = Options()) async throws {
        try await self.init(location: location, logger: logger, options: options, migrating: true)
    }

    /// Opens the pool; migrates unless told not to (tests of an unreachable server).
    init(location: PostgresLocation, logger: Logger?, options: Options, migrating: Bool) async throws {
        let logger = logger ?? Logger(label: "HelplineStore.Postgres", factory: { _ in SwiftLogNoOpLogHandler() })
        let client = PostgresClient(
            configuration: location.clientConfiguration(
                connectTimeout: options.connectTimeout, statementTimeout: options.operationTimeout,
                maximumConnections: options.maximumConnections),
            backgroundLogger: logger)
        self.location = location
        self.client = client
        self.options = options
        self.logger = logger
        self.runner = Task { await client.run() }
        guard migrating else { return }
        do {
            // Reach the server within the usual bound first: an unreachable server fails here
            // promptly, not after the longer migration timeout.
            try await withConnection { connection in try await connection.run("SELECT 1", logger) }
            try await migrate()
        } catch {
            runner.cancel()
            throw error
        }
    }

    /// Stops the pool: connections close, and later calls fail with ``StoreError/Code/unavailable``.
    public func close() async {
        runner.cancel()
        // Bounded too: the pool stops once its connections have closed.
        let runner = self.runner
        try? await Deadline.run(limit: options.operationTimeout, expired: CancellationError()) { await runner.value }
    }
}

// MARK: - Database access

extension PostgresStore {
    /// Runs `body` in one read-write transaction, within the operation timeout; maps failures
    /// to ``StoreError``. The transaction rolls back when `body` throws.
    func write<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN", body)
    }

    /// Runs `body` in one read-only transaction that sees a single snapshot.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", body)
    }

    private func transaction<T: Sendable>(
        _ begin: PostgresQuery, timeout: Duration? = nil, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let logger = self.logger
        return try await withConnection(timeout: timeout) { connection in
            try await connection.run(begin, logger)
            do {
                let value = try await body(connection)
                try await connection.run("COMMIT", logger)
                return value
            } catch {
                // After a failed COMMIT the server has already rolled back; this only warns.
                try? await connection.run("ROLLBACK", logger)
                throw error
            }
        }
    }

    /// Runs the migrations' transaction, with the longer migration timeout.
    func migrationTransaction(_ body: @escaping @Sendable (PostgresConnection) async throws -> Void) async throws {
        try await transaction("BEGIN", timeout: options.migrationTimeout, body)
    }

    /// Leases a connection for `body`, within the operation timeout (or `timeout`).
    ///
    /// When the time is up, the call fails with ``StoreError/Code/unavailable`` at once (see
    /// ``Deadline``), and the work is cancelled: its lease request is withdrawn, or its
    /// connection is closed under the query it is running (PostgresNIO does not cancel a query
    /// any other way). The pool opens a new connection for the next call.
    func withConnection<T: Sendable>(
        timeout: Duration? = nil, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let client = self.client
        let timeout = timeout ?? options.operationTimeout
        do {
            return try await Deadline.run(
                limit: timeout, expired: StoreError.unavailable("PostgreSQL did not answer within \(timeout)")
            ) {
                while true {
                    let value: T? = try await client.withConnection { connection in
                        // A connection the server (or a timeout here) has just closed can still be
                        // handed out for a moment, and a query written to it would never end.
                        if connection.isClosed { return nil }
                        do {
                            return try await withTaskCancellationHandler {
                                try await body(connection)
                            } onCancel: {
                                _ = connection.close() as EventLoopFuture<Void>
                            }
                        } catch {
                            // Closed under its query: keep the lease until the pool has seen it
                            // close, so it is not handed to the next caller.
                            if Task.isCancelled { try? await connection.closeFuture.get() }
                            throw error
                        }
                    }
                    if let value { return value }
                    try await Task.sleep(for: .milliseconds(5))
                }
            }
        } catch {
            throw Self.storeError(from: error)
        }
    }
}

extension PostgresConnection {
    /// Runs a statement and reads all its rows.
    @discardableResult
    func rows(_ query: PostgresQuery, _ logger: Logger) async throws -> [PostgresRow] {
        try await self.query(query, logger: logger).collect()
    }

    /// Runs a statement, ignoring any rows.
    func run(_ query: PostgresQuery, _ logger: Logger) async throws {
        _ = try await rows(query, logger)
    }

    /// Runs a statement that returns one number (a count, an id).
    func integer(_ query: PostgresQuery, _ logger: Logger) async throws -> Int {
        guard let row = try await rows(query, logger).first else { return 0 }
        return try row.decode(Int.self)
    }
}
