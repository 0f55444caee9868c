import Foundation

/// Holds SQLite's write lock on a database from a second process, as a backup or another tool
/// might, from Python's sqlite3 module.
final class SQLiteLock: Sendable {
    private let process: Process
    private let input: Pipe

    /// Starts the holder and returns once the lock is really held.
    static func hold(path: String) async throws -> SQLiteLock {
        let lock = try SQLiteLock(path: path)
        _ = try await offThePool { lock.output.fileHandleForReading.availableData }
        return lock
    }

    private let output = Pipe()

    private init(path: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            sys.stdin.read()
            c.execute("ROLLBACK")
            """, path]
        input = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
    }

    /// Ends the holder's transaction; the holder exits on its own.
    func release() {
        try? input.fileHandleForWriting.close()
    }
}
