import ArgumentParser
import Foundation
import HelplineServer
import HelplineStore
import Hummingbird
import Logging

/// Runs the chat service until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the chat service: the chat page, the JSON API, intent hot reload and handoff notifications.",
        discussion: """
            Every flag has an environment variable; a flag wins over its variable, the variable over the default.
              --host            HELPLINE_HOST            127.0.0.1
              --port            HELPLINE_PORT            8080 (0 picks a free port)
              --intents         HELPLINE_INTENTS         intents
              --store           HELPLINE_STORE           transcripts/helpline.sqlite
              --rate-limit      HELPLINE_RATE_LIMIT      30 messages per minute per client (0 = off)
              --cors-origin     HELPLINE_CORS_ORIGINS    none (comma-separated in the variable)
              --trusted-proxy   HELPLINE_TRUSTED_PROXIES none (comma-separated in the variable)
              --webhook-url     HELPLINE_WEBHOOK_URL     none (handoff notifications wait in the outbox)
              --watch-interval  HELPLINE_WATCH_INTERVAL  2 seconds (0 = only reload on SIGHUP or the admin route)
              (log level)       HELPLINE_LOG_LEVEL       info
            """)

    @OptionGroup var intentOptions: IntentOptions
    @Option(help: "Address to listen on.") var host: String?
    @Option(help: "Port to listen on.") var port: Int?
    @Option(help: "The store: a SQLite file, or a postgres:// URL for several instances on one database.") var store: String?
    @Option(name: .customLong("rate-limit"), help: "Chat messages per minute per client; 0 turns the limit off.") var rateLimit: Int?
    @Option(name: .customLong("trusted-proxy"), help: "A reverse proxy's address whose X-Forwarded-For names the visitor (repeatable).")
    var trustedProxies: [String] = []
    @Option(name: .customLong("cors-origin"), help: "An origin allowed to call the API from a browser (repeatable).") var corsOrigins: [String] = []
    @Option(name: .customLong("webhook-url"), help: "URL that receives handoff notifications (POST, JSON).") var webhookURL: String?
    @Option(name: .customLong("watch-interval"), help: "Seconds between checks of the intent folder; 0 turns watching off.") var watchInterval: Double?

    func validate() throws {
        if let port, !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if let rateLimit, rateLimit < 0 { throw ValidationError("--rate-limit must be 0 or more") }
        if let webhookURL, URL(string: webhookURL)?.scheme?.hasPrefix("http") != true {
            throw ValidationError("--webhook-url must be an http or https URL")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        var settings = ServerConfiguration()
        settings.host = host ?? environment["HELPLINE_HOST"] ?? settings.host
        settings.port = try port ?? environment.integer("HELPLINE_PORT") ?? settings.port
        settings.intentsDirectory = intentOptions.directory
        settings.storeLocation = store ?? environment["HELPLINE_STORE"] ?? settings.storeLocation
        settings.rateLimit = try rateLimit ?? environment.integer("HELPLINE_RATE_LIMIT") ?? settings.rateLimit
        settings.corsOrigins = !corsOrigins.isEmpty ? corsOrigins
            : (environment["HELPLINE_CORS_ORIGINS"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [])
        settings.trustedProxies = !trustedProxies.isEmpty ? trustedProxies
            : (environment["HELPLINE_TRUSTED_PROXIES"]?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } ?? [])
        if let url = webhookURL ?? environment["HELPLINE_WEBHOOK_URL"], !url.isEmpty {
            guard let parsed = URL(string: url), parsed.scheme?.hasPrefix("http") == true else {
                throw ValidationError("HELPLINE_WEBHOOK_URL must be an http or https URL")
            }
            settings.webhookURL = parsed
        }
        settings.watchInterval = try watchInterval ?? environment.double("HELPLINE_WATCH_INTERVAL") ?? settings.watchInterval

        var logger = Logger(label: "helpline")
        logger.logLevel = environment["HELPLINE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let app: any ApplicationProtocol
        let resolved = settings
        do {
            app = try await buildApplication(resolved, logger: logger) { port in
                // Printed on its own line so scripts (and the durability test) can read the port.
                let line = "Helpline listening on http://\(resolved.host):\(port) (intents: \(resolved.intentsDirectory), store: \(displayedStoreLocation(resolved.storeLocation)))\n"
                FileHandle.standardOutput.write(Data(line.utf8))
            }
        } catch let error as ServerStartError {
            printError(error.description)
            throw ExitCode(1)
        }
        try await app.runService()
    }
}

extension [String: String] {
    func integer(_ name: String) throws -> Int? {
        guard let text = self[name], !text.isEmpty else { return nil }
        guard let value = Int(text) else { throw ValidationError("\(name) must be a whole number, not '\(text)'") }
        return value
    }

    func double(_ name: String) throws -> Double? {
        guard let text = self[name], !text.isEmpty else { return nil }
        guard let value = Double(text) else { throw ValidationError("\(name) must be a number, not '\(text)'") }
        return value
    }
}
