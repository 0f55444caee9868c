import HelplineStore
import Logging
import ServiceLifecycle

/// Checkpoints the store every `interval` (``HelplineStore/checkpoint()``): on SQLite the
/// write-ahead log is copied into the database file on a connection of its own, so no visitor's
/// commit ever does it. Stops on graceful shutdown; closing the store checkpoints what is left.
struct CheckpointService: Service {
    let store: any HelplineStore
    var interval: Duration = .seconds(1)
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            if Task.isShuttingDownGracefully || Task.isCancelled { return }
            do {
                try await store.checkpoint()
            } catch {
                logger.warning("checkpoint failed", metadata: ["error.type": "\(type(of: error))"])
            }
        }
    }
}
