import Foundation
import HelplineStore
import Hummingbird
import Logging
import NIOCore

/// `GET /metrics`: the service's metrics in Prometheus's text format, behind the staff token
/// (see the README for why). The outbox backlog is counted at each scrape.
struct MetricsController {
    let metrics: HelplineMetrics
    let store: any HelplineStore

    func addRoutes(to group: RouterGroup<HelplineRequestContext>) {
        group.get(use: scrape)
    }

    @Sendable func scrape(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        do {
            metrics.outboxBacklog(try await store.outboxBacklog())
        } catch {
            // A scrape still answers with everything else; the stale backlog is the last count.
            context.logger.warning("outbox backlog not counted", metadata: ["error.type": "\(type(of: error))"])
        }
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: metrics.render())))
    }
}
