import Foundation
import HelplineStore
import ServiceLifecycle
import Synchronization

/// Records chat turns with group commit: messages that arrive while a transaction is being
/// written wait and go into the next one together, so many turns share one disk sync
/// (`synchronous=FULL`). Each caller is answered only after the transaction holding its turn
/// has committed, so nothing acknowledged can be lost.
final class TurnWriter: Service, Sendable {
    private struct Pending {
        var request: TurnRequest
        var continuation: CheckedContinuation<RecordedTurn, any Error>
    }

    private let store: any HelplineStore
    private let metrics: HelplineMetrics
    private let queue = Mutex<[Pending]>([])
    private let signals: AsyncStream<Void>
    private let signal: AsyncStream<Void>.Continuation
    /// Turns per transaction at most, so one commit never holds the lock for long.
    static let batchLimit = 256

    init(store: any HelplineStore, metrics: HelplineMetrics = HelplineMetrics()) {
        self.store = store
        self.metrics = metrics
        (signals, signal) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Records one turn; returns once it is committed.
    func submit(_ request: TurnRequest) async throws -> RecordedTurn {
        try await withCheckedThrowingContinuation { continuation in
            queue.withLock { $0.append(Pending(request: request, continuation: continuation)) }
            signal.yield()
        }
    }

    func run() async throws {
        // The HTTP server shuts down before this service (it is registered first), so on
        // graceful shutdown nothing new arrives: write what is queued and stop.
        for await _ in signals.cancelOnGracefulShutdown() {
            await drain()
        }
        await drain()
    }

    private func drain() async {
        while true {
            let batch = queue.withLock { pending -> [Pending] in
                let taken = Array(pending.prefix(Self.batchLimit))
                pending.removeFirst(taken.count)
                return taken
            }
            if batch.isEmpty { return }
            do {
                let start = ContinuousClock.now
                let results = try await store.respond(batch: batch.map(\.request))
                metrics.commit(duration: .now - start, turns: batch.count)
                for (pending, result) in zip(batch, results) {
                    pending.continuation.resume(with: result.mapError { $0 as any Error })
                }
            } catch {
                for pending in batch { pending.continuation.resume(throwing: error) }
            }
        }
    }
}
