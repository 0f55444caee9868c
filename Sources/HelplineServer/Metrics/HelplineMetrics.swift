import HelplineCore
import Metrics
public import Prometheus

/// The service's metrics, in one Prometheus registry per application (so tests and several apps
/// in one process never share counts), recorded through swift-metrics.
///
/// Labels are closed sets only: route patterns, methods, status codes, intent ids from the
/// intent files, plugin names, crisis categories. No visitor text, no conversation or handoff
/// ids: nothing here grows with traffic or identifies anyone.
public struct HelplineMetrics: Sendable {
    /// Where every metric lives; `GET /metrics` renders it.
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory

    /// Request latency buckets: the chat bar is 10 ms at p99, so most buckets sit below 50 ms.
    static let requestBuckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5),
    ]
    /// Turns per group commit: one when the service is quiet, up to the writer's batch limit under load.
    static let batchBuckets: [Double] = [1, 2, 4, 8, 16, 32, 64, 128, 256]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.requestBuckets
        factory.valueHistogramBuckets = [Name.commitBatchSize: Self.batchBuckets]
        self.factory = factory
    }

    /// Metric names, in one place so a dashboard can be checked against them.
    enum Name {
        static let requests = "helpline_http_requests_total"
        static let requestDuration = "helpline_http_request_duration_seconds"
        static let replies = "helpline_replies_total"
        static let fallbacks = "helpline_fallbacks_total"
        static let crisisReplies = "helpline_crisis_replies_total"
        static let handoffsOpened = "helpline_handoffs_opened_total"
        static let outboxBacklog = "helpline_outbox_backlog"
        static let deliveries = "helpline_notification_deliveries_total"
        static let commitDuration = "helpline_store_commit_duration_seconds"
        static let commitBatchSize = "helpline_store_commit_batch_size"
        static let reloads = "helpline_intent_reloads_total"
        static let intentsLoaded = "helpline_intents_loaded"
    }

    /// One HTTP request: its route pattern (not its path, which may hold ids), method and status.
    func request(route: String, method: String, status: Int, duration: Duration) {
        let labels = [("route", route), ("method", method), ("status", String(status))]
        Counter(label: Name.requests, dimensions: labels, factory: factory).increment()
        Metrics.Timer(label: Name.requestDuration, dimensions: labels, factory: factory).record(duration: duration)
    }

    /// One reply given (recorded or, with the store down, not): by intent and plugin; fallbacks
    /// and crisis replies counted apart.
    func reply(_ reply: Reply) {
        Counter(label: Name.replies, dimensions: [("intent", reply.intent), ("plugin", reply.explanation.plugin)], factory: factory)
            .increment()
        if reply.intent == Reply.BuiltIn.fallback {
            Counter(label: Name.fallbacks, factory: factory).increment()
        }
        if reply.intent == Reply.BuiltIn.crisis {
            let category = reply.handoff?.crisisCategory?.rawValue ?? "unknown"
            Counter(label: Name.crisisReplies, dimensions: [("category", category)], factory: factory).increment()
        }
    }

    /// A handoff opened by a chat turn, by priority.
    func handoffOpened(priority: HandoffRequest.Priority) {
        Counter(label: Name.handoffsOpened, dimensions: [("priority", priority.rawValue)], factory: factory).increment()
    }

    /// One notification delivery attempt; a failure that will not be retried is `given-up`.
    func delivery(succeeded: Bool, givenUp: Bool) {
        let outcome = succeeded ? "delivered" : givenUp ? "given-up" : "failed"
        Counter(label: Name.deliveries, dimensions: [("outcome", outcome)], factory: factory).increment()
    }

    /// Notifications not yet delivered (nor given up), as last counted.
    func outboxBacklog(_ count: Int) {
        Gauge(label: Name.outboxBacklog, factory: factory).record(count)
    }

    /// One group commit of the turn writer: how long it took and how many turns it held.
    func commit(duration: Duration, turns: Int) {
        Metrics.Timer(label: Name.commitDuration, factory: factory).record(duration: duration)
        Recorder(label: Name.commitBatchSize, aggregate: true, factory: factory).record(turns)
    }

    /// One reload of the intent folder; `intents` is the count now serving when it succeeded.
    func reload(succeeded: Bool, intents: Int?) {
        Counter(label: Name.reloads, dimensions: [("outcome", succeeded ? "reloaded" : "failed")], factory: factory).increment()
        if let intents { intentsLoaded(intents) }
    }

    /// How many intents the responder serves.
    func intentsLoaded(_ count: Int) {
        Gauge(label: Name.intentsLoaded, factory: factory).record(count)
    }

    /// Every metric in Prometheus's text format.
    public func render() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
