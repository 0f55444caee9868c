import Foundation
import HelplineStore
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Kills a real `helpline serve` process with SIGKILL in the middle of a load and checks that
/// every turn and handoff it acknowledged is in the store afterwards.
@Suite struct DurabilityTests {
    @Test func nothingAcknowledgedIsLostAcrossKill9() async throws {
        let binary = Repository.root.appendingPathComponent(".build/debug/helpline").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build the helpline command first (make test does)")
        let workspace = try Workspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0", "--intents", workspace.intents, "--store", workspace.store,
                             "--rate-limit", "0", "--watch-interval", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let port = try #require(await listeningPort(from: output.fileHandleForReading))
        let client = Client(base: URL(string: "http://127.0.0.1:\(port)/")!)

        let pid = process.processIdentifier
        let acknowledged = Acknowledged()
        let target = 60
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<6 {
                group.addTask {
                    for index in 0..<1_000 {
                        guard let answer = try? await client.chat("worker \(worker) turn \(index): I want to talk to a person"),
                              answer.status == 200,
                              let id = (answer.json["conversation"] as? String).flatMap(UUID.init(uuidString:)),
                              let handoff = ((answer.json["handoff"] as? [String: Any])?["id"] as? String).flatMap(UUID.init(uuidString:))
                        else { return }
                        let count = acknowledged.list.withLock { list in
                            list.append((id, handoff))
                            return list.count
                        }
                        if count == target { kill(pid, SIGKILL) }
                    }
                }
            }
        }
        await process.exited()
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try SQLiteStore(path: workspace.store)
        let confirmed = acknowledged.list.withLock { $0 }
        #expect(confirmed.count >= target)
        for (conversation, handoff) in confirmed {
            let turns = try await store.turns(of: conversation)
            #expect(turns.count == 1, "conversation \(conversation) was acknowledged")
            let handoffs = try await store.handoffs(of: conversation)
            #expect(handoffs.map(\.id) == [handoff])
            #expect(try await store.notifications(ofHandoff: handoff).count == 1, "its notification waits in the outbox")
        }
    }

}

/// Turns the server confirmed, shared by the load's tasks.
final class Acknowledged: Sendable {
    let list = Mutex<[(conversation: UUID, handoff: UUID)]>([])
}
