public import Foundation
public import HelplineStore
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Posts each notification's JSON payload to a URL (a team chat or paging webhook).
/// Any 2xx status counts as delivered.
public struct WebhookNotifier: Notifier {
    public static let name = "webhook"
    public var name: String { Self.name }

    public let url: URL
    public let timeout: TimeInterval

    public init(url: URL, timeout: TimeInterval = 10) {
        self.url = url
        self.timeout = timeout
    }

    /// Settings: `url` (required, http or https), `timeout` in seconds.
    public init(settings: [String: String]) throws {
        guard let text = settings["url"], let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else {
            throw NotifierConfigurationError(message: "webhook: 'url' must be an http(s) URL")
        }
        self.init(url: url, timeout: settings["timeout"].flatMap(TimeInterval.init) ?? 10)
    }

    public func deliver(_ item: OutboxItem) async -> DeliveryResult {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(item.event, forHTTPHeaderField: "X-Helpline-Event")
        request.setValue("\(item.id)", forHTTPHeaderField: "X-Helpline-Delivery")
        request.httpBody = Data(item.payload.utf8)
        do {
            let (_, response) = try await URLSession.shared.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode
            if let status, (200..<300).contains(status) { return DeliveryResult(succeeded: true, statusCode: status) }
            return DeliveryResult(succeeded: false, statusCode: status, error: "webhook answered \(status.map(String.init) ?? "without a status")")
        } catch {
            return DeliveryResult(succeeded: false, error: "webhook unreachable: \(error.localizedDescription)")
        }
    }
}
