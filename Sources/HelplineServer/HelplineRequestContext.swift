public import Hummingbird
public import NIOCore
import Foundation
import HTTPTypes

/// The request context of every route: Hummingbird's core storage, the client's address (for
/// the rate limiter) and the signed-in staff member on staff routes.
public struct HelplineRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The signed-in staff member's name, set by `StaffAuthMiddleware` on staff routes.
    public var staff: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
        self.staff = nil
    }

    /// A key for per-client limits: the IP address, without the port. Behind a trusted proxy,
    /// the last address of `X-Forwarded-For`, the one the proxy itself appended (earlier ones are
    /// the client's to write, so they cannot be trusted).
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func clientKey(_ request: Request, trustedProxies: Set<String>) -> String {
        let address = remoteAddress?.ipAddress ?? "unknown"
        guard trustedProxies.contains(address), let forwarded = request.headers[values: Self.forwardedFor].last,
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        else { return address }
        return last
    }
}
