import Foundation
import HelplineCore
import PostgresNIO
import Testing
@testable import HelplineStore

/// PostgreSQL being down must never hang a request: each operation fails with `unavailable`
/// (after its operation timeout), and works again once the server is back.
///
/// How long failing takes is not asserted: on a busy machine any bound is either loose or flaky.
/// A hang is what matters, and the suite's time limit turns one into a failure.
@Suite(.timeLimit(.minutes(3))) struct PostgresAvailabilityTests {
    static var quick: PostgresStore.Options {
        var options = PostgresStore.Options()
        options.operationTimeout = .seconds(2)
        options.connectTimeout = .seconds(1)
        return options
    }

    /// Opens a store with the ``quick`` options on a healthy server: the other tests keep the
    /// machine busy, so opening may need more than one try at a 2-second bound.
    static func openQuickly(_ location: PostgresLocation) async throws -> PostgresStore {
        let deadline = ContinuousClock.now + .seconds(120)
        while true {
            do {
                let store = try await PostgresStore(location: location, options: quick)
                try await store.checkWritable()
                return store
            } catch let error as StoreError where error.code == .unavailable && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Whether `store` accepts a write within two minutes, trying again while it is unavailable.
    static func becomesWritable(_ store: PostgresStore) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(120)
        while ContinuousClock.now < deadline {
            do {
                try await store.checkWritable()
                return true
            } catch let error as StoreError where error.code == .unavailable {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        return false
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
        let error = await #expect(throws: StoreError.self) { try await PostgresStore(url: url, options: Self.quick) }
        #expect(error?.code == .unavailable)
    }

    @Test func checkWritableOnAnUnreachableServerFailsPromptlyAsUnavailable() async throws {
        let location = try PostgresLocation(parsing: "postgres://postgres@127.0.0.1:\(try await Self.closedPort())/helpline")
        let store = try await PostgresStore(location: location, logger: nil, options: Self.quick, migrating: false)
        for _ in 0..<2 {
            let error = await #expect(throws: StoreError.self) { try await store.checkWritable() }
            #expect(error?.code == .unavailable)
        }
        await store.close()
    }

    /// A fresh database reached through a ``TCPProxy`` the test can cut or freeze, and a store
    /// opened on it with the ``quick`` options.
    static func withProxiedStore<T>(_ body: (TCPProxy, PostgresStore) async throws -> T) async throws -> T? {
        try await TestPostgres.withDatabase { location in
            guard case .tcp(let host, let port) = location.endpoint else { return nil }
            let proxy = try TCPProxy(to: host, port: port)
            try await proxy.start()
            var proxied = location
            proxied.endpoint = .tcp(host: "127.0.0.1", port: proxy.port)
            return try await body(proxy, try await openQuickly(proxied))
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func aServerThatGoesDownFailsPromptlyAndWorksAgainOnceBack(_ backend: Backend) async throws {
        _ = try await Self.withProxiedStore { proxy, store async throws in

            await proxy.cut()
            for _ in 0..<2 {
                let error = await #expect(throws: StoreError.self) { try await store.checkWritable() }
                #expect(error?.code == .unavailable)
            }
            await #expect(throws: StoreError.self, "a read is bounded too") {
                _ = try await store.conversationCount()
            }

            try await proxy.start()
            #expect(try await Self.becomesWritable(store), "the store did not recover once the server was back")
            #expect(try await store.conversationCount() == 0)
            await store.close()
            await proxy.cut()
        }
    }

    @Test(arguments: Backend.postgresOnly)
    func aServerThatStopsAnsweringMidQueryFailsPromptlyAndWorksAgainAfterwards(_ backend: Backend) async throws {
        _ = try await Self.withProxiedStore { proxy, store async throws in

            // Connections stay open but nothing comes back: the query under way must be abandoned.
            proxy.freeze(true)
            let error = await #expect(throws: StoreError.self) {
                _ = try await store.respond(conversation: nil, message: "hello", at: Fixture.start) { state in
                    (Fixture.answer(), state.after(Fixture.answer()))
                }
            }
            #expect(error?.code == .unavailable)

            proxy.freeze(false)
            #expect(try await Self.becomesWritable(store), "the store did not recover")
            // The abandoned turn was never committed.
            #expect(try await store.conversationCount() == 0)
            await store.close()
            await proxy.cut()
        }
    }
}
