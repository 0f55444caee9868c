import Foundation
import HelplineServer
import HelplineStore
import Hummingbird
import Logging
import Synchronization
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Paths of the repository, found from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let intents = root.appendingPathComponent("intents").path
}

/// A fresh folder with a copy of the shipped intents and room for a store.
struct Workspace {
    let folder: String
    var intents: String { folder + "/intents" }
    var store: String { folder + "/store/helpline.sqlite" }

    init() throws {
        folder = NSTemporaryDirectory() + "helpline-server-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repository.intents, toPath: intents)
    }

    /// Adds a staff member to the workspace's store and returns their token.
    func staffToken(_ name: String = "tester") async throws -> String {
        try await SQLiteStore(path: store).addStaff(name: name, at: Date()).token
    }

    func configuration() -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.intentsDirectory = intents
        configuration.storeLocation = store
        configuration.rateLimit = 0
        configuration.watchInterval = 0
        configuration.purgeInterval = .zero
        return configuration
    }
}

/// An HTTP answer.
struct HTTPAnswer {
    var status: Int
    var headers: [String: String]
    var body: Data

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// A client for a server on this machine.
struct Client {
    let base: URL
    /// A staff token sent as `Authorization: Bearer` with every request.
    var token: String?

    init(base: URL, token: String? = nil) {
        self.base = base
        self.token = token
    }

    /// The same client signed in as a staff member.
    func signedIn(_ token: String) -> Client { Client(base: base, token: token) }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await send("GET", path, body: nil, headers: headers)
    }

    func post(_ path: String, json: [String: Any]) async throws -> HTTPAnswer {
        try await send("POST", path, body: try JSONSerialization.data(withJSONObject: json))
    }

    func patch(_ path: String, json: [String: Any]) async throws -> HTTPAnswer {
        try await send("PATCH", path, body: try JSONSerialization.data(withJSONObject: json))
    }

    func post(_ path: String, raw: Data) async throws -> HTTPAnswer {
        try await send("POST", path, body: raw)
    }

    func send(_ method: String, _ path: String, body: Data?, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        let url = path.isEmpty ? base : URL(string: path, relativeTo: base)!.absoluteURL
        var request = URLRequest(url: url, timeoutInterval: 30)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)"] = "\(value)" }
        return HTTPAnswer(status: http.statusCode, headers: fields, body: data)
    }

    /// Sends a chat message; returns the answer.
    func chat(_ message: String, conversation: String? = nil) async throws -> HTTPAnswer {
        var body: [String: Any] = ["message": message]
        if let conversation { body["conversation"] = conversation }
        return try await post("api/v1/chat", json: body)
    }
}

/// A logger that keeps test output readable: shutdown chatter is expected, not news.
let quietLogger: Logger = {
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    return logger
}()

/// Runs the real application on a loopback port for the duration of `body`.
func withLiveServer(
    _ configuration: ServerConfiguration, notifiers: [any Notifier] = [], logger: Logger = quietLogger,
    _ body: @Sendable (Client) async throws -> Void
) async throws {
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let app = try await buildApplication(configuration, notifiers: notifiers, logger: logger) { port in
        continuation.yield(port)
    }
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw CancellationError() }
        try await body(Client(base: URL(string: "http://127.0.0.1:\(port)/")!))
        group.cancelAll()
    }
}

/// Collects log records in memory, so tests can look for what must never be logged.
final class InMemoryLogHandler: LogHandler, Sendable {
    private let records = Mutex<[String]>([])
    var metadata: Logger.Metadata {
        get { [:] }
        set {}
    }
    var logLevel: Logger.Level {
        get { .trace }
        set {}
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { nil }
        set {}
    }

    func log(event: LogEvent) {
        let line = "\(event.level) \(event.message) \(event.metadata ?? [:]) \(event.source)"
        records.withLock { $0.append(line) }
    }

    var lines: [String] { records.withLock { $0 } }
}
