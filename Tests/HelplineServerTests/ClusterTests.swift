import Foundation
import HelplineStore
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Three real `helpline serve` processes on one PostgreSQL database, as behind a load balancer:
/// one conversation's messages through all three at once, a kill -9 of one under load, and the
/// webhooks of every handoff delivered by the two that have one, each once.
@Suite(.enabled(if: testPostgresServer != nil, "needs HELPLINE_TEST_POSTGRES (make test starts a server)"))
struct ClusterTests {
    @Test func threeInstancesOnOneDatabase() async throws {
        let store = try await freshDatabase()
        let workspace = try Workspace()
        let receiver = WebhookReceiver(failures: 0)
        try await receiver.run { hook in
            // The first instance has no webhook, so it delivers nothing and can be killed at any moment.
            var started: [Instance] = []
            defer { started.forEach { $0.stop() } }
            for webhook in [nil, hook, hook] {
                started.append(try await Instance(store: store, intents: workspace.intents, webhook: webhook))
            }
            let instances = started

            // One conversation, its messages arriving at all three instances at once.
            let first = try await instances[0].client.chat("hello")
            let conversation = try #require(first.json["conversation"] as? String)
            let answered = Counter(1)
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<30 {
                    group.addTask {
                        let answer = try? await instances[index % 3].client.chat("what is group therapy", conversation: conversation)
                        if answer?.status == 200 { answered.value.withLock { $0 += 1 } }
                    }
                }
            }
            let reader = try await openStore(store)
            defer { Task { await reader.close() } }
            let turns = try await reader.turns(of: try #require(UUID(uuidString: conversation)))
            #expect(turns.map(\.sequence) == Array(1...max(turns.count, 1)), "every turn numbered once, no gaps")
            #expect(turns.count == answered.value.withLock { $0 })

            // Handoffs through all three; the one without a webhook is killed under load.
            let acknowledged = Acknowledged()
            let target = 30
            let victim = instances[0]
            await withTaskGroup(of: Void.self) { group in
                for worker in 0..<6 {
                    group.addTask {
                        for index in 0..<200 {
                            let instance = instances[(worker + index) % 3]
                            guard let answer = try? await instance.client.chat("worker \(worker) turn \(index): I want to talk to a person"),
                                  answer.status == 200,
                                  let id = (answer.json["conversation"] as? String).flatMap(UUID.init(uuidString:)),
                                  let handoff = ((answer.json["handoff"] as? [String: Any])?["id"] as? String).flatMap(UUID.init(uuidString:))
                            else { continue }
                            let count = acknowledged.list.withLock { list in
                                list.append((id, handoff))
                                return list.count
                            }
                            if count == target { await victim.kill() }
                            if count >= target * 3 { return }
                        }
                    }
                }
            }
            #expect(!victim.isRunning)
            let confirmed = acknowledged.list.withLock { $0 }
            #expect(confirmed.count >= target)
            for (conversation, handoff) in confirmed {
                #expect(try await reader.turns(of: conversation).count == 1, "acknowledged turns survive")
                #expect(try await reader.handoffs(of: conversation).map(\.id) == [handoff])
            }

            // Every handoff's webhook arrives, each once, from whichever instance claimed it.
            let expected = Set(confirmed.map(\.handoff)).union(try await reader.handoffs(of: UUID(uuidString: conversation)!).map(\.id))
            var received: [UUID: Int] = [:]
            for _ in 0..<600 {
                received = receiver.handoffCounts()
                if expected.isSubset(of: Set(received.keys)) { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(expected.isSubset(of: Set(received.keys)), "\(expected.subtracting(received.keys).count) handoffs never notified")
            #expect(received.values.allSatisfy { $0 == 1 }, "a handoff notified twice")
        }
    }

    /// A new database on the test server, so the test starts from an empty schema.
    private func freshDatabase() async throws -> String {
        let server = try #require(testPostgresServer)
        let name = "cluster_" + UUID().uuidString.prefix(8).lowercased()
        let psql = Process()
        psql.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        psql.arguments = [server, "-qc", "CREATE DATABASE \(name)"]
        try psql.run()
        await psql.exited()
        try #require(psql.terminationStatus == 0, "psql could not create a database")
        return server.replacingOccurrences(of: #"/[^/?]*(\?.*)?$"#, with: "/\(name)$1", options: .regularExpression)
    }
}

/// A count shared by a test's tasks.
private final class Counter: Sendable {
    let value: Mutex<Int>
    init(_ start: Int) { value = Mutex(start) }
}

/// The maintenance database URL of the test server `make test` starts, when there is one.
private let testPostgresServer = ProcessInfo.processInfo.environment["HELPLINE_TEST_POSTGRES"]

/// One `helpline serve` process on a free port.
private final class Instance: Sendable {
    let process: Process
    let client: Client

    init(store: String, intents: String, webhook: URL?) async throws {
        let binary = Repository.root.appendingPathComponent(".build/debug/helpline").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the helpline command first (make test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0", "--intents", intents, "--store", store, "--rate-limit", "0",
                             "--watch-interval", "0"] + (webhook.map { ["--webhook-url", $0.absoluteString] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        let port = try #require(await listeningPort(from: output.fileHandleForReading), "the instance did not start")
        client = Client(base: URL(string: "http://127.0.0.1:\(port)/")!)
    }

    var isRunning: Bool { process.isRunning }

    /// Kills the instance with SIGKILL and waits until it has exited.
    func kill() async {
        stop()
        await process.exited()
    }

    /// Sends SIGKILL, without waiting (for a `defer`).
    func stop() {
        guard process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
    }

}

extension WebhookReceiver {
    /// How many webhooks arrived for each handoff.
    func handoffCounts() -> [UUID: Int] {
        var counts: [UUID: Int] = [:]
        for body in bodies.withLock({ $0 }) {
            if let notification = try? JSONDecoder().decode(HandoffNotification.self, from: Data(body.utf8)) {
                counts[notification.handoffId, default: 0] += 1
            }
        }
        return counts
    }
}
