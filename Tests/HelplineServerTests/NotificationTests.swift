import Foundation
import HelplineCore
import HelplineServer
import HelplineStore
import Hummingbird
import Logging
import Synchronization
import Testing

/// A real HTTP receiver on loopback that fails its first `failures` deliveries.
final class WebhookReceiver: Sendable {
    let bodies = Mutex<[String]>([])
    let failures: Int

    init(failures: Int) {
        self.failures = failures
    }

    func run(_ body: @Sendable (URL) async throws -> Void) async throws {
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let data = try await request.body.collect(upTo: 64 * 1024)
            let count = self.bodies.withLock { bodies in
                bodies.append(String(buffer: data))
                return bodies.count
            }
            return Response(status: count <= self.failures ? .internalServerError : .ok)
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) })
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            try await body(URL(string: "http://127.0.0.1:\(port)/hook")!)
            group.cancelAll()
        }
    }
}

@Suite struct NotificationTests {
    /// The delivery attempts `metrics` counted with this outcome.
    func deliveries(_ metrics: HelplineMetrics, _ outcome: String) -> Double? {
        metrics.render().split(separator: "\n")
            .first { $0.hasPrefix("helpline_notification_deliveries_total{outcome=\"\(outcome)\"}") }
            .flatMap { $0.split(separator: " ").last.flatMap { Double($0) } }
    }

    /// A handoff written the way the chat route writes it.
    func openHandoff(in store: any HelplineStore) async throws -> RecordedTurn {
        let responder = try IntentLoader().load(directory: Repository.intents)
        return try await store.respond(conversation: nil, message: "secret words: I want to talk to a person", at: Date()) { state in
            responder.reply(to: "I want to talk to a person", in: state)
        }
    }

    @Test func failedDeliveriesAreRetriedWithBackoffAndEveryAttemptIsRecorded() async throws {
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        let turn = try await openHandoff(in: store)
        let handoff = try #require(turn.handoff)
        let receiver = WebhookReceiver(failures: 2)
        let metrics = HelplineMetrics()
        #expect(try await store.outboxBacklog() == 1)
        try await receiver.run { url in
            let worker = NotificationWorker(
                store: store, notifiers: [WebhookNotifier(url: url)], backoff: [.seconds(10), .seconds(60)],
                maximumAttempts: 5, pollInterval: .seconds(1), metrics: metrics, logger: Logger(label: "test"))
            let start = Date()
            var delivered: [Int] = []
            for offset in [0.0, 5, 10, 69, 70, 1_000] {
                delivered.append(try await worker.deliverDue(at: start.addingTimeInterval(offset)))
            }
            // Not due before each backoff (10 s, then 60 s), delivered once only.
            #expect(delivered == [0, 0, 0, 0, 1, 0])
        }
        #expect(deliveries(metrics, "failed") == 2)
        #expect(deliveries(metrics, "delivered") == 1)
        #expect(try await store.outboxBacklog() == 0)
        let outbox = try await store.notifications(ofHandoff: handoff.id)
        #expect(outbox.count == 1)
        #expect(outbox.first?.deliveredAt != nil)
        let attempts = try await store.deliveryAttempts(outboxID: try #require(outbox.first?.id))
        #expect(attempts.map(\.succeeded) == [false, false, true])
        #expect(attempts.map(\.statusCode) == [500, 500, 200])
        let bodies = receiver.bodies.withLock { $0 }
        #expect(bodies.count == 3)
        #expect(bodies.allSatisfy { $0.contains(handoff.id.uuidString.lowercased()) || $0.contains(handoff.id.uuidString) })
        #expect(bodies.allSatisfy { !$0.contains("secret words") && !$0.contains("talk to a person") }, "ids and reason only")
    }

    @Test func aDeadWebhookNeverHoldsUpTheReply() async throws {
        let workspace = try Workspace()
        var configuration = workspace.configuration()
        configuration.webhookURL = URL(string: "http://127.0.0.1:9/unreachable")
        configuration.notificationPollInterval = .milliseconds(10)
        try await withLiveServer(configuration) { client in
            for _ in 0..<3 {
                let answer = try await client.chat("I want to talk to a person")
                #expect(answer.status == 200)
                #expect(answer.json["handoff"] is [String: Any])
            }
        }
        let store = try SQLiteStore(path: workspace.store)
        #expect(try await store.conversationCount() == 3)
    }

    @Test func givingUpLeavesTheNotificationInTheOutbox() async throws {
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        let handoff = try #require(try await openHandoff(in: store).handoff)
        let metrics = HelplineMetrics()
        let worker = NotificationWorker(
            store: store, notifiers: [WebhookNotifier(url: URL(string: "http://127.0.0.1:9/unreachable")!, timeout: 2)],
            backoff: [.seconds(1)], maximumAttempts: 2, pollInterval: .seconds(1), metrics: metrics, logger: Logger(label: "test"))
        let start = Date()
        _ = try await worker.deliverDue(at: start)
        _ = try await worker.deliverDue(at: start.addingTimeInterval(1))
        _ = try await worker.deliverDue(at: start.addingTimeInterval(100))
        let outbox = try await store.notifications(ofHandoff: handoff.id)
        let attempts = try await store.deliveryAttempts(outboxID: try #require(outbox.first?.id))
        #expect(attempts.count == 2)
        #expect(outbox.first?.deliveredAt == nil)
        #expect(outbox.first?.lastError?.contains("webhook") == true)
        #expect(deliveries(metrics, "failed") == 1)
        #expect(deliveries(metrics, "given-up") == 1)
        #expect(try await store.outboxBacklog() == 0, "a notification given up is no longer waiting")
    }
}
