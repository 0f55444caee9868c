import Foundation
import PostgresNIO
import Testing
@testable import HelplineStore

/// PostgreSQL being down must never hang a request: each operation fails with `unavailable`
/// within the operation timeout, and works again once the server is back.
@Suite struct PostgresAvailabilityTests {
    static var quick: PostgresStore.Options {
        var options = PostgresStore.Options()
        options.operationTimeout = .seconds(2)
        options.connectTimeout = .seconds(1)
        return options
    }

    /// A port on 127.0.0.1 that nothing listens on.
    static func closedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(channel.localAddress?.port)
        try await channel.close()
        return port
    }

    @Test func openingAStoreWhoseServerIsUnreachableFailsPromptlyAsUnavailable() async throws {
        let url = "postgres://postgres@127.0.0.1:\(try await Self.closedPort())/helpline"
        let started = ContinuousClock.now
        let error = await #expect(throws: StoreError.self) { try await PostgresStore(url: url, options: Self.quick) }
        #expect(error?.code == .unavailable)
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test func checkWritableOnAnUnreachableServerFailsPromptlyAsUnavailable() async throws {
        let location = try PostgresLocation(parsing: "postgres://postgres@127.0.0.1:\(try await Self.closedPort())/helpline")
        let store = try await PostgresStore(location: location, logger: nil, options: Self.quick, migrating: false)
        for _ in 0..<2 {
            let started = ContinuousClock.now
            let error = await #expect(throws: StoreError.self) { try await store.checkWritable() }
            #expect(error?.code == .unavailable)
            #expect(ContinuousClock.now - started < .seconds(5))
        }
        await store.close()
    }

    @Test(arguments: Backend.postgresOnly)
    func aServerThatGoesDownFailsPromptlyAndWorksAgainOnceBack(_ backend: Backend) async throws {
        try await TestPostgres.withDatabase { location in
            guard case .tcp(let host, let port) = location.endpoint else { return }
            let proxy = try TCPProxy(to: host, port: port)
            try await proxy.start()
            var proxied = location
            proxied.endpoint = .tcp(host: "127.0.0.1", port: proxy.port)
            let store = try await PostgresStore(location: proxied, options: Self.quick)
            try await store.checkWritable()

            await proxy.cut()
            for _ in 0..<2 {
                let started = ContinuousClock.now
                let error = await #expect(throws: StoreError.self) { try await store.checkWritable() }
                #expect(error?.code == .unavailable)
                #expect(ContinuousClock.now - started < .seconds(5))
            }
            await #expect(throws: StoreError.self, "a read is bounded too") {
                _ = try await store.conversationCount()
            }

            try await proxy.start()
            var back = false
            let deadline = ContinuousClock.now + .seconds(30)
            while !back, ContinuousClock.now < deadline {
                do {
                    try await store.checkWritable()
                    back = true
                } catch let error as StoreError where error.code == .unavailable {
                    try await Task.sleep(for: .milliseconds(200))
                }
            }
            #expect(back, "the store did not recover once the server was back")
            #expect(try await store.conversationCount() == 0)
            await store.close()
            await proxy.cut()
        }
    }
}
