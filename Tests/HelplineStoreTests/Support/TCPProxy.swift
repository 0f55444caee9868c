import PostgresNIO  // and the NIO modules it exports
import Synchronization

/// Forwards TCP connections from a port on 127.0.0.1 to a server, and can cut them all off
/// and come back on the same port (a server going down and up again, as the store sees it),
/// or stop forwarding while connections stay open (a server or network that hangs), without
/// touching the shared test server.
final class TCPProxy: Sendable {
    private let target: SocketAddress
    private let channels = Mutex<[any Channel]>([])
    private let listener = Mutex<(any Channel)?>(nil)
    /// The port it listens on (fixed by the first ``start()``).
    private let boundPort = Mutex<Int>(0)
    /// While true, bytes are dropped instead of forwarded.
    private let frozen = Mutex<Bool>(false)

    init(to host: String, port: Int) throws {
        target = try SocketAddress(ipAddress: host, port: port)
    }

    var port: Int { boundPort.withLock { $0 } }

    /// Starts listening (again, on the same port after ``cut()``).
    func start() async throws {
        let target = self.target
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { [self] inbound in
                ClientBootstrap(group: inbound.eventLoop).connect(to: target).flatMapThrowing { outbound in
                    try inbound.pipeline.syncOperations.addHandler(Forwarder(peer: outbound, proxy: self))
                    try outbound.pipeline.syncOperations.addHandler(Forwarder(peer: inbound, proxy: self))
                    self.channels.withLock { $0 += [inbound, outbound] }
                }
            }
            .bind(host: "127.0.0.1", port: port)
            .get()
        if port == 0, let bound = channel.localAddress?.port {
            boundPort.withLock { $0 = bound }
        }
        listener.withLock { $0 = channel }
    }

    /// Stops forwarding (dropping what either side sends) or forwards again; connections stay open.
    func freeze(_ on: Bool) {
        frozen.withLock { $0 = on }
    }

    var isFrozen: Bool { frozen.withLock { $0 } }

    /// Stops listening and closes every forwarded connection, as a server going down would.
    func cut() async {
        let listening = listener.withLock { listener in
            defer { listener = nil }
            return listener
        }
        try? await listening?.close()
        for channel in channels.withLock({ channels in
            defer { channels = [] }
            return channels
        }) {
            try? await channel.close()
        }
    }
}

/// Writes what one side reads to the other side; closes the other side when this one closes.
private final class Forwarder: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    private let peer: any Channel
    private let proxy: TCPProxy

    init(peer: any Channel, proxy: TCPProxy) {
        self.peer = peer
        self.proxy = proxy
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !proxy.isFrozen else { return }
        peer.writeAndFlush(unwrapInboundIn(data), promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        peer.close(promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
