public import Foundation
import GRDB

/// The Helpline database: conversations and their turns, handoffs for staff to follow up, the
/// notification outbox, staff accounts, the audit log of staff reads, and retention. One SQLite
/// file in WAL mode, opened as a GRDB `DatabasePool` (one writer, concurrent readers).
///
/// Every write method is one transaction named for what it means (``respond(conversation:message:at:using:)``,
/// ``recordCallback(conversation:name:phone:bestTime:at:)``, …); callers never see SQL or GRDB.
/// Failures are ``StoreError``s.
///
/// Writes are durable when they return: the writer connection runs with `synchronous=FULL`
/// (see ``init(path:)``), so an acknowledged turn or handoff survives `kill -9` and power loss.
public struct SQLiteStore: HelplineStore {
    /// The pool; its single writer connection serializes every write method.
    let pool: DatabasePool
    /// A connection of its own for WAL checkpoints, so copying the log never holds up the writer.
    let checkpointer: DatabaseQueue

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    ///
    /// Creates the parent folder when it is missing. The database runs in WAL mode with a
    /// busy timeout (five seconds unless given), foreign keys on, and `synchronous=FULL` on the writer.
    ///
    /// - Throws: ``StoreError`` with code ``StoreError/Code/unavailable`` when the folder or
    ///   file cannot be created or opened, or a migration fails.
    public init(path: String, busyTimeout: TimeInterval = 5) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.unavailable("cannot create the database folder \(folder.path): \(error.localizedDescription)")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: Self.makeConfiguration(busyTimeout: busyTimeout))
            // GRDB's DatabasePool runs `PRAGMA synchronous = NORMAL` on its writer connection at
            // the end of `DatabasePool.init` (`Database.setUpWALMode()`), after every
            // `prepareDatabase` hook, so FULL cannot be set there. The writer is one connection
            // that lives as long as the pool and is never reopened, so setting FULL on it once,
            // here, holds for every later write. (SQLite refuses to change `synchronous` inside
            // a transaction, so it cannot be set in the handoff write itself.) Readers are
            // read-only and never commit, so their setting does not matter.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                let mode = try Int.fetchOne(db, sql: "PRAGMA synchronous")
                guard mode == Self.synchronousFull else {
                    throw StoreError.unavailable("could not set synchronous=FULL (got \(mode.map(String.init) ?? "nothing"))")
                }
                // No checkpoint inside a commit: the one crossing SQLite's threshold would copy the
                // WAL into the database file while its whole batch of visitors waits. The server
                // checkpoints on a connection of its own instead, outside every request
                // (``checkpointWAL(restartAbove:)``); closing the last connection checkpoints
                // what is left. A WAL that grew past 64 MiB is cut back when it restarts.
                // Durability does not depend on either: each commit syncs the WAL.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                try db.execute(sql: "PRAGMA journal_size_limit = \(Self.walSizeLimit)")
            }
            try Self.migrator.migrate(pool)
            self.pool = pool
            checkpointer = try DatabaseQueue(path: path, configuration: Self.makeCheckpointerConfiguration(busyTimeout: busyTimeout))
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// `PRAGMA synchronous` reads back 2 for FULL.
    static let synchronousFull = 2
    /// Bytes the WAL file is truncated to after a checkpoint.
    static let walSizeLimit = 64 * 1024 * 1024

    /// The production configuration, used by tests too.
    static func makeConfiguration(busyTimeout: TimeInterval = 5) -> Configuration {
        var configuration = Configuration()
        configuration.label = "HelplineStore"
        // Without a busy mode, DatabasePool fails at once when another process (a CLI purge,
        // a backup) holds the write lock.
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        // Statement arguments hold visitors' words: keep them out of error descriptions.
        configuration.publicStatementArguments = false
        return configuration
    }
}

// MARK: - Database access

extension SQLiteStore {
    /// Runs `updates` in one write transaction; maps failures to ``StoreError``.
    func write<T: Sendable>(_ updates: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(updates)
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// Like ``write(_:)``, but runs to the end even if the calling task is cancelled (GRDB's
    /// async write interrupts the transaction on cancellation): for a group commit, whose
    /// transaction holds other callers' writes.
    func writeToTheEnd<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            pool.asyncWrite(updates) { _, result in
                continuation.resume(with: result.mapError(Self.storeError(from:)))
            }
        }
    }

    /// Runs `value` in a read-only snapshot; maps failures to ``StoreError``.
    func read<T: Sendable>(_ value: @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(value)
        } catch {
            throw Self.storeError(from: error)
        }
    }

    /// Translates GRDB and decoding errors into ``StoreError``; passes ``StoreError`` and
    /// cancellation through. Messages carry SQLite's own message (table and column names),
    /// never SQL arguments.
    static func storeError(from error: any Error) -> any Error {
        switch error {
        case is StoreError, is CancellationError:
            return error
        case let error as DatabaseError:
            let message = "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "no message")"
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_CANTOPEN,
                .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_PERM, .SQLITE_NOLFS, .SQLITE_PROTOCOL, .SQLITE_INTERRUPT:
                return StoreError.unavailable(message)
            default:
                return StoreError.failed(message)
            }
        case is DecodingError, is EncodingError, is RowDecodingError:
            // The descriptions of these errors may quote the row, and so a visitor's words.
            return StoreError.invalidData("cannot decode or encode a stored value (\(type(of: error)))")
        default:
            return StoreError.failed("unexpected \(type(of: error))")
        }
    }
}
