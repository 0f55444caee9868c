public import Hummingbird
public import NIOCore

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

    /// A key for per-client limits: the IP address, without the port.
    var clientKey: String {
        remoteAddress?.ipAddress ?? "unknown"
    }
}
