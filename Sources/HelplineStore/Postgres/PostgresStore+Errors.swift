import Foundation
import PostgresNIO

extension PostgresStore {
    /// Translates PostgresNIO, pool and decoding errors into ``StoreError``, the way
    /// ``SQLiteStore`` does SQLite's; passes ``StoreError`` and cancellation through.
    ///
    /// - The server cannot be reached, the connection is lost, the server is shutting down, out
    ///   of resources, refuses the login, or a lock or statement waited too long or was chosen
    ///   as a deadlock victim: ``StoreError/Code/unavailable`` (worth retrying).
    /// - A unique key would be duplicated: ``StoreError/Code/conflict``.
    /// - A value the server cannot take (class 22, data exceptions): ``StoreError/Code/invalidData``.
    /// - Anything else, such as another violated constraint: ``StoreError/Code/failed``.
    ///
    /// Messages carry the SQLSTATE, constraint and table names and the server's own sentence,
    /// never SQL arguments (PostgresNIO's error description would print the query's binds).
    /// Data exceptions' sentences quote the value refused, so those are left out too.
    static func storeError(from error: any Error) -> any Error {
        switch error {
        case is StoreError, is CancellationError:
            return error
        case let error as PSQLError:
            return storeError(from: error)
        case let error as PostgresDecodingError:
            // Its description quotes the cell's bytes, a visitor's words perhaps.
            return StoreError.invalidData(
                "cannot decode column '\(error.columnName)' (\(error.postgresType)) as \(error.targetType)")
        case is DecodingError, is EncodingError:
            return StoreError.invalidData("cannot decode or encode a stored value (\(type(of: error)))")
        default:
            // The pool's errors (circuit breaker tripped, pool shut down) and NIO's socket errors.
            return StoreError.unavailable("cannot reach PostgreSQL (\(type(of: error)): \(error))")
        }
    }

    private static func storeError(from error: PSQLError) -> StoreError {
        guard error.code == .server, let info = error.serverInfo else {
            switch error.code {
            case .messageDecodingFailure, .unexpectedBackendMessage, .invalidCommandTag, .tooManyParameters:
                return StoreError.failed("PostgreSQL client error \(error.code)")
            default:
                // Connection refused, lost or closed; TLS or authentication failures; pool closed.
                var message = "cannot reach PostgreSQL (\(error.code))"
                if let underlying = error.underlying {
                    message += ": \(underlying)"
                }
                return StoreError.unavailable(message)
            }
        }
        let state = info[.sqlState] ?? "?????"
        var message = "PostgreSQL error \(state)"
        if !state.hasPrefix("22"), let text = info[.message] {
            message += ": \(text)"
        }
        if let constraint = info[.constraintName] {
            message += " (constraint \(constraint)\(info[.tableName].map { " on \($0)" } ?? ""))"
        }
        switch state {
        case "23505":
            return StoreError.conflict(message)
        case "25006", "55P03", "3D000", "57014":
            // Read-only server (a standby), lock wait too long, no such database, statement timeout.
            return StoreError.unavailable(message)
        case _ where ["08", "28", "40", "53", "57", "58"].contains(where: state.hasPrefix):
            // Connection, login, rollback (serialization, deadlock), resources, shutdown, system.
            return StoreError.unavailable(message)
        case _ where state.hasPrefix("22"):
            return StoreError.invalidData(message)
        default:
            return StoreError.failed(message)
        }
    }
}
