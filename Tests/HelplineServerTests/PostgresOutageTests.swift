import Foundation
import HelplineServer
import Testing

/// The service on a PostgreSQL server that goes down and comes back, as the operator sees it:
/// chat keeps answering (503, `recorded: false`), `/readyz` says the store is unavailable, and
/// both recover by themselves once the server is back on the same address.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["HELPLINE_TEST_POSTGRES"] != nil,
                "needs PostgreSQL's binaries (make test installs them and sets HELPLINE_TEST_POSTGRES)"),
       .timeLimit(.minutes(5)))
struct PostgresOutageTests {
    /// A PostgreSQL server of this test's own (the shared one must stay up for the other tests),
    /// started and stopped with `scripts/postgres.sh` on a fixed port so it comes back where it was.
    struct Server {
        let folder: String
        let port: Int
        var data: String { folder + "/data" }
        var url: String { "postgres://postgres@127.0.0.1:\(port)/postgres" }

        init() throws {
            folder = NSTemporaryDirectory() + "helpline-pg-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // As root the server runs as the postgres user, which must reach the folder.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
            port = Int.random(in: 20_000...60_000)
        }

        /// Runs `scripts/postgres.sh COMMAND DIR` and waits for the line it ends with.
        ///
        /// Its exit is not waited for: the server it starts outlives it, and Foundation does not
        /// always notice the script's own exit then. A last line of our own marks the end instead.
        func run(_ command: String) async throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let script = Repository.root.appendingPathComponent("scripts/postgres.sh").path
            process.arguments = ["-c", "PORT=\(port) '\(script)' \(command) '\(data)' >/dev/null 2>&1; echo \"status $?\""]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            let status = try await offThePool { () -> String? in
                var text = ""
                while true {
                    let data = output.fileHandleForReading.availableData
                    if data.isEmpty { return nil }
                    text += String(decoding: data, as: UTF8.self)
                    if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("status ") }) { return String(line) }
                }
            }
            try #require(status == "status 0", "scripts/postgres.sh \(command) failed: \(status ?? "no status")")
        }

        /// Stops the server if it runs and deletes its folder.
        func remove() async {
            try? await run("stop")
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// Chat answers until `accepted` says the answer is the one wanted, at most `tries` times.
    func chatUntil(_ client: Client, tries: Int = 240, _ accepted: (HTTPAnswer) -> Bool) async throws -> HTTPAnswer {
        var answer = try await client.chat("what is group therapy")
        for _ in 1..<tries where !accepted(answer) {
            try await Task.sleep(for: .milliseconds(500))
            answer = try await client.chat("what is group therapy")
        }
        return answer
    }

    @Test func chatAnswersWhileTheDatabaseIsDownAndRecordsAgainOnceItIsBack() async throws {
        let server = try Server()
        try await server.run("start")
        do {
            try await outage(server)
        } catch {
            await server.remove()
            throw error
        }
        await server.remove()
    }

    func outage(_ server: Server) async throws {
        let workspace = try Workspace()
        var configuration = workspace.configuration()
        configuration.storeLocation = server.url
        try await withLiveServer(configuration) { client in
            let first = try await client.chat("hello")
            #expect(first.status == 200)
            #expect(first.json["recorded"] as? Bool == true)

            try await server.run("stop")
            let down = try await client.chat("what is group therapy")
            #expect(down.status == 503)
            #expect(down.json["recorded"] as? Bool == false)
            #expect((down.json["reply"] as? [String: Any])?["intent"] as? String == "what-is-group-therapy", "the visitor still gets the answer")
            let crisis = try await client.chat("i want to kill myself tonight")
            #expect((crisis.json["reply"] as? [String: Any])?["intent"] as? String == "crisis", "and a crisis still gets its numbers")
            let notReady = try await client.get("readyz")
            #expect(notReady.status == 503)
            #expect(notReady.json["store"] as? String == "unavailable")

            try await server.run("start")
            let back = try await chatUntil(client) { $0.status == 200 }
            #expect(back.status == 200, "chat did not record again once PostgreSQL was back")
            #expect(back.json["recorded"] as? Bool == true)
            #expect(try await client.get("readyz").status == 200)
        }
    }
}
