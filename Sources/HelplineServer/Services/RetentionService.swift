import Foundation
import HelplineCore
import HelplineStore
import Logging
import ServiceLifecycle

/// Deletes conversations older than the retention period once a day (and once at start).
/// Conversations with an open or contacted handoff are kept until it is closed; audit rows stay.
struct RetentionService: Service {
    let store: any HelplineStore
    let box: ResponderBox
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            await purgeOnce(at: Date())
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    /// One purge at `now`, with the retention period of the intents now serving.
    func purgeOnce(at now: Date) async {
        let days = box.responder.knowledge.settings.retentionDays
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        do {
            let result = try await store.purge(olderThan: cutoff)
            try await store.recordAudit(
                staff: "system", action: "transcripts.purge", targets: [],
                detail: "older than \(days) days: \(result.conversations) conversations deleted, \(result.keptForActiveHandoffs) kept for open handoffs",
                at: now)
            logger.info("retention purge", metadata: ["purge.conversations": "\(result.conversations)", "purge.days": "\(days)"])
        } catch {
            logger.error("retention purge failed", metadata: ["error.type": "\(type(of: error))"])
        }
    }
}
