public import Foundation

/// Everything the service needs to start; `helpline serve` fills it from flags and the environment.
public struct ServerConfiguration: Sendable {
    /// Address to listen on.
    public var host: String = "127.0.0.1"
    /// Port to listen on; 0 picks a free one (the chosen port is reported once listening).
    public var port: Int = 8080
    /// Folder of intent files.
    public var intentsDirectory: String = "intents"
    /// SQLite file of the store.
    public var storeLocation: String = "transcripts/helpline.sqlite"
    /// How long a write waits for a lock held by another process before the store counts as unavailable.
    public var storeBusyTimeout: TimeInterval = 5
    /// Chat messages per minute per client; 0 turns the limit off.
    public var rateLimit: Int = 30
    /// Addresses of reverse proxies (nginx) whose `X-Forwarded-For` names the visitor: requests
    /// from them are rate-limited by the address the proxy saw, not by the proxy's own.
    public var trustedProxies: [String] = []
    /// Origins allowed to call the API from a browser on another site (CORS).
    public var corsOrigins: [String] = []
    /// Where handoff notifications are posted; nil means no delivery (they wait in the outbox).
    public var webhookURL: URL?
    /// Seconds between checks of the intent folder for changes; 0 turns watching off.
    public var watchInterval: Double = 2
    /// Largest request body accepted. Every body the contract calls valid fits, even with every
    /// character escaped: 2,000 characters outside the BMP, written as `\uXXXX\uXXXX` surrogate
    /// pairs by clients that escape all non-ASCII (Python's `json.dumps`), take 24,000 bytes.
    public var maximumBodySize: Int = 32 * 1024
    /// Longest message accepted, in Unicode code points as sent (the contract's `maxLength`).
    public var maximumMessageLength: Int = 2_000
    /// Delays between notification attempts; the last one repeats until `maximumAttempts`.
    public var notificationBackoff: [Duration] = [.seconds(5), .seconds(30), .seconds(120), .seconds(600)]
    /// Attempts after which a notification is given up (it stays in the outbox for staff).
    public var maximumAttempts: Int = 12
    /// How often the retention purge runs (the period itself is `retention_days` in helpline.yaml);
    /// zero turns it off.
    public var purgeInterval: Duration = .seconds(86_400)
    /// How often the notification worker looks at the outbox.
    public var notificationPollInterval: Duration = .seconds(1)

    public init() {}
}
