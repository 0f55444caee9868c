public import Foundation
public import Logging

/// Opens the store at `location`: a `postgres://` or `postgresql://` URL opens a
/// ``PostgresStore`` on that server (see ``PostgresLocation`` for the URL's parts); anything
/// else is the path of a ``SQLiteStore`` file.
///
/// Either way the schema is brought up to date before the store is returned.
///
/// - Parameters:
///   - location: A PostgreSQL URL or a file path.
///   - logger: Where the PostgreSQL pool logs connection events (never SQL arguments); SQLite
///     does not log.
/// - Throws: ``StoreError``: ``StoreError/Code/invalidData`` for a malformed URL,
///   ``StoreError/Code/unavailable`` when the database cannot be reached or opened.
public func openStore(_ location: String, busyTimeout: TimeInterval = 5, logger: Logger? = nil) async throws -> any HelplineStore {
    if PostgresLocation.isPostgresURL(location) {
        return try await PostgresStore(url: location, logger: logger)
    }
    return try SQLiteStore(path: location, busyTimeout: busyTimeout)
}

/// The location as it may be printed or logged: a PostgreSQL URL with its password as `***`.
public func displayedStoreLocation(_ location: String) -> String {
    guard PostgresLocation.isPostgresURL(location) else { return location }
    return (try? PostgresLocation(parsing: location).description) ?? "a PostgreSQL URL that cannot be parsed"
}
