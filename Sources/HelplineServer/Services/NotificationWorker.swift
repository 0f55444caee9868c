public import Foundation
public import HelplineStore
public import Logging
public import ServiceLifecycle

/// Delivers the notification outbox: every handoff's outbox row was written with the turn, so
/// nothing is lost if the process dies before delivery. Failed attempts are retried with backoff
/// and every attempt is recorded. Runs beside the server; a dead webhook never slows a reply.
public struct NotificationWorker: Service {
    let store: any HelplineStore
    let notifiers: [any Notifier]
    let backoff: [Duration]
    let maximumAttempts: Int
    let pollInterval: Duration
    let metrics: HelplineMetrics
    let logger: Logger

    public init(
        store: any HelplineStore, notifiers: [any Notifier], backoff: [Duration], maximumAttempts: Int,
        pollInterval: Duration, metrics: HelplineMetrics = HelplineMetrics(), logger: Logger
    ) {
        self.store = store
        self.notifiers = notifiers
        self.backoff = backoff.isEmpty ? [.seconds(30)] : backoff
        self.maximumAttempts = maximumAttempts
        self.pollInterval = pollInterval
        self.metrics = metrics
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                _ = try await deliverDue(at: Date())
            } catch {
                logger.error("notification pass failed", metadata: ["error.type": "\(type(of: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pollInterval) }
        }
    }

    /// One pass over the due notifications at `now`; returns how many were delivered.
    public func deliverDue(at now: Date) async throws -> Int {
        var delivered = 0
        for item in try await store.claimNotifications(at: now, limit: 50, leaseUntil: now.addingTimeInterval(Self.claimLease)) {
            var failures: [String] = []
            var status: Int?
            for notifier in notifiers {
                let result = await notifier.deliver(item)
                status = result.statusCode ?? status
                if !result.succeeded { failures.append("\(notifier.name): \(result.error ?? "failed")") }
            }
            let attempt = item.attempts + 1
            let retryAt: Date? = failures.isEmpty || attempt >= maximumAttempts
                ? nil : now.addingTimeInterval(seconds(backoff[min(attempt - 1, backoff.count - 1)]))
            try await store.recordDelivery(
                outboxID: item.id, at: now, succeeded: failures.isEmpty, statusCode: status,
                error: failures.isEmpty ? nil : failures.joined(separator: "; "), nextAttemptAt: retryAt)
            metrics.delivery(succeeded: failures.isEmpty, givenUp: retryAt == nil)
            let metadata: Logger.Metadata = ["handoff.id": "\(item.handoffID.lowercasedString)", "notification.attempt": "\(attempt)"]
            if failures.isEmpty {
                delivered += 1
                logger.info("handoff notification delivered", metadata: metadata)
            } else {
                logger.warning(retryAt == nil ? "handoff notification given up" : "handoff notification failed; will retry", metadata: metadata)
            }
        }
        return delivered
    }

    /// How long a claimed notification stays with this instance before another may take it: far
    /// longer than a delivery pass (a webhook times out after 10 s by default), so a live
    /// instance finishes first, and one killed mid-delivery holds it only this long.
    static let claimLease: TimeInterval = 120

    private func seconds(_ duration: Duration) -> TimeInterval {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
