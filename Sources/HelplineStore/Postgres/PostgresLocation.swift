import Foundation
import PostgresNIO

/// Where a ``PostgresStore`` finds its server, parsed from a URL:
///
/// ```
/// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable]
/// postgresql://USER@/DATABASE?host=/var/run/postgresql      (a Unix socket in that folder)
/// ```
///
/// `postgresql://` is the same as `postgres://`. The port defaults to 5432 and the database to
/// the user's name; user, password and database may be percent-encoded. Parameters:
/// `sslmode` (`disable`, `allow`, `prefer` — the default —, `require`, `verify-ca`,
/// `verify-full`, as libpq reads them), `host` (a host name, or an absolute path to the folder
/// of the server's Unix socket), `port`, `connect_timeout` (whole seconds) and
/// `application_name`. Anything else is refused, so a typo is not silently ignored.
///
/// The password is kept for connecting and never shown: ``description`` prints `***` instead.
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// How to reach the server.
    public enum Endpoint: Sendable, Hashable {
        /// A TCP connection.
        case tcp(host: String, port: Int)
        /// The Unix socket at this path (the folder given as `host`, then `.s.PGSQL.PORT`).
        case unixSocket(path: String)
    }

    /// Whether and how to use TLS, as libpq's `sslmode`.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        /// Never.
        case disable
        /// Treated as `prefer`.
        case allow
        /// TLS when the server offers it, without checking its certificate.
        case prefer
        /// TLS always, without checking the server's certificate.
        case require
        /// TLS always, with a certificate signed by a trusted authority.
        case verifyCA = "verify-ca"
        /// TLS always, with a trusted certificate for the host name.
        case verifyFull = "verify-full"
    }

    /// How to reach the server.
    public var endpoint: Endpoint
    /// The role to connect as.
    public var username: String
    /// Its password, if the URL gives one. Never printed.
    public var password: String?
    /// The database to open.
    public var database: String
    /// TLS, for TCP connections.
    public var sslMode: SSLMode
    /// How long to wait for a connection to open; nil for the store's default.
    public var connectTimeout: Duration?
    /// The name the server shows for this client's sessions (`pg_stat_activity`).
    public var applicationName: String?

    /// The URL schemes of a PostgreSQL location, lower-case.
    public static let schemes = ["postgres", "postgresql"]

    /// Whether `location` is a PostgreSQL URL (`postgres://…` or `postgresql://…`, in any case)
    /// rather than a file path.
    public static func isPostgresURL(_ location: String) -> Bool {
        guard let separator = location.range(of: "://") else { return false }
        return schemes.contains(location[..<separator.lowerBound].lowercased())
    }

    /// Parses a `postgres://` or `postgresql://` URL.
    ///
    /// - Throws: ``StoreError`` ``StoreError/Code/invalidData`` naming the part that is
    ///   malformed; the message never repeats the password.
    public init(parsing url: String) throws {
        guard let separator = url.range(of: "://"), Self.schemes.contains(url[..<separator.lowerBound].lowercased()) else {
            throw Self.invalid("does not start with postgres:// or postgresql://")
        }
        var rest = Substring(url[separator.upperBound...])
        if rest.contains("#") {
            throw Self.invalid("has a fragment ('#…'); percent-encode a '#' in a password as %23")
        }
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring?
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        // user[:password]@host[:port]; the last '@' ends the user information.
        var userInfo: Substring?
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }

        var username: String?
        var password: String?
        if let userInfo {
            if let colon = userInfo.firstIndex(of: ":") {
                username = try Self.decoded(userInfo[..<colon], "user name")
                password = try Self.decoded(userInfo[userInfo.index(after: colon)...], "password")
            } else {
                username = try Self.decoded(userInfo, "user name")
            }
        }
        var (host, port) = try Self.hostAndPort(rest)

        var sslMode = SSLMode.prefer
        var connectTimeout: Duration?
        var applicationName: String?
        for parameter in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decoded(parts[0], "parameter name")
            let value = try Self.decoded(parts.count > 1 ? parts[1] : "", "value of '\(name)'")
            switch name {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    throw Self.invalid(
                        "has sslmode '\(value)'; use one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = mode
            case "host":
                guard !value.isEmpty else { throw Self.invalid("has an empty host parameter") }
                host = value
            case "port":
                port = try Self.port(Substring(value))
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0 else {
                    throw Self.invalid("has a connect_timeout that is not a whole number of seconds above 0")
                }
                connectTimeout = .seconds(seconds)
            case "application_name":
                applicationName = value
            default:
                throw Self.invalid(
                    "has the unknown parameter '\(name)' (known: sslmode, host, port, connect_timeout, application_name)")
            }
        }

        guard let username, !username.isEmpty else {
            throw Self.invalid("names no user (postgres://USER@HOST/DATABASE)")
        }
        guard let host, !host.isEmpty else {
            throw Self.invalid("names no host (postgres://USER@HOST/DATABASE, or ?host=/path/to/socket/folder)")
        }
        let database = try path.map { try Self.decoded($0, "database name") } ?? ""
        if database.contains("/") {
            throw Self.invalid("has a database name with a '/' in it")
        }

        if host.hasPrefix("/") {
            let folder = host.hasSuffix("/") ? String(host.dropLast()) : host
            endpoint = .unixSocket(path: "\(folder)/.s.PGSQL.\(port ?? 5432)")
        } else {
            endpoint = .tcp(host: host, port: port ?? 5432)
        }
        self.username = username
        self.password = password
        self.database = database.isEmpty ? username : database
        self.sslMode = sslMode
        self.connectTimeout = connectTimeout
        self.applicationName = applicationName
    }

    /// The URL, with the password shown as `***`.
    public var description: String {
        let user = Self.encoded(username) + (password == nil ? "" : ":***")
        switch endpoint {
        case .tcp(let host, let port):
            let shownHost = host.contains(":") ? "[\(host)]" : host
            return "postgres://\(user)@\(shownHost):\(port)/\(Self.encoded(database))?sslmode=\(sslMode.rawValue)"
        case .unixSocket(let path):
            return "postgres://\(user)@/\(Self.encoded(database))?host=\(path)"
        }
    }

    /// The same as ``description``.
    public var debugDescription: String { description }

    /// The parts, with the password shown as `***` (for `dump` and debuggers).
    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "endpoint": endpoint, "username": username, "password": password.map { _ in "***" } as Any,
                "database": database, "sslMode": sslMode, "connectTimeout": connectTimeout as Any,
                "applicationName": applicationName as Any,
            ], displayStyle: .struct)
    }

    /// The client configuration for this location, with its timeouts and connection limit.
    /// `statementTimeout` becomes the sessions' `statement_timeout` and, doubled, their
    /// `idle_in_transaction_session_timeout`, so the server too gives up on work a client
    /// abandoned (PostgreSQL only notices a closed connection when it next writes to it).
    func clientConfiguration(
        connectTimeout defaultTimeout: Duration, statementTimeout: Duration, maximumConnections: Int
    ) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: tls)
        case .unixSocket(let path):
            configuration = PostgresClient.Configuration(
                unixSocketPath: path, username: username, password: password, database: database)
        }
        configuration.options.connectTimeout = connectTimeout ?? defaultTimeout
        configuration.options.maximumConnections = maximumConnections
        let milliseconds = statementTimeout.components.seconds * 1000 + statementTimeout.components.attoseconds / 1_000_000_000_000_000
        configuration.options.additionalStartupParameters += [
            ("statement_timeout", "\(milliseconds)"),
            ("idle_in_transaction_session_timeout", "\(2 * milliseconds)"),
        ]
        if let applicationName {
            configuration.options.additionalStartupParameters.append(("application_name", applicationName))
        }
        return configuration
    }

    private var tls: PostgresClient.Configuration.TLS {
        var unchecked = TLSConfiguration.makeClientConfiguration()
        unchecked.certificateVerification = .none
        switch sslMode {
        case .disable:
            return .disable
        case .allow, .prefer:
            return .prefer(unchecked)
        case .require:
            return .require(unchecked)
        case .verifyCA:
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.certificateVerification = .noHostnameVerification
            return .require(configuration)
        case .verifyFull:
            return .require(.makeClientConfiguration())
        }
    }

    // MARK: Parsing

    /// `host`, `host:port`, `[v6]`, `[v6]:port`, or nothing.
    private static func hostAndPort(_ text: Substring) throws -> (String?, Int?) {
        if text.isEmpty { return (nil, nil) }
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw invalid("has an IPv6 host without its closing ']'") }
            let host = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            if after.isEmpty { return (host, nil) }
            guard after.hasPrefix(":") else { throw invalid("has text after the IPv6 host") }
            return (host, try port(after.dropFirst()))
        }
        if let colon = text.firstIndex(of: ":") {
            let host = try decoded(text[..<colon], "host")
            return (host.isEmpty ? nil : host, try port(text[text.index(after: colon)...]))
        }
        return (try decoded(text, "host"), nil)
    }

    private static func port(_ text: Substring) throws -> Int {
        guard text.allSatisfy(\.isASCII), let port = Int(text), (1...65_535).contains(port) else {
            throw invalid("has a port that is not a number from 1 to 65535")
        }
        return port
    }

    private static func decoded(_ text: Substring, _ part: String) throws -> String {
        guard let decoded = String(text).removingPercentEncoding else {
            throw invalid("has a malformed percent escape in its \(part)")
        }
        return decoded
    }

    private static func encoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private static func invalid(_ problem: String) -> StoreError {
        StoreError.invalidData("the PostgreSQL location \(problem)")
    }
}
