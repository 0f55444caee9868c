import Foundation
import Synchronization
import Testing
@testable import HelplineStore

@Suite struct DeadlineTests {
    struct Expired: Error {}

    /// A flag tasks share.
    final class Flag: Sendable {
        private let value = Atomic(false)
        var isSet: Bool { value.load(ordering: .relaxed) }
        func set() { value.store(true, ordering: .relaxed) }
    }

    @Test func workThatFinishesInTimeGivesItsResult() async throws {
        let value = try await Deadline.run(limit: .seconds(5), expired: Expired()) { 42 }
        #expect(value == 42)
        await #expect(throws: StoreError.notFound("")) {
            try await Deadline.run(limit: .seconds(5), expired: Expired()) { () async throws -> Int in throw StoreError.notFound("x") }
        }
    }

    /// What a PostgresNIO query on a just-closed channel does: it never ends, cancelled or not.
    /// The caller is answered at the limit all the same.
    @Test func theCallerIsAnsweredAtTheLimitEvenWhenTheWorkIgnoresCancellation() async throws {
        let release = Flag()
        let cancelled = Flag()
        await #expect(throws: Expired.self) {
            try await Deadline.run(limit: .milliseconds(200), expired: Expired()) { () async -> Int in
                while !release.isSet {
                    if Task.isCancelled { cancelled.set() }
                    try? await Task.sleep(for: .milliseconds(10))
                }
                return 0
            }
        }
        // The work never ends until released, and it is released only after the call returned:
        // reaching this line at all proves the caller was answered at the limit.
        try await Task.sleep(for: .milliseconds(50))
        #expect(cancelled.isSet, "the work was not cancelled")
        release.set()
    }

    @Test func cancellingTheCallerCancelsTheWork() async throws {
        let cancelled = Flag()
        let call = Task {
            try await Deadline.run(limit: .seconds(30), expired: Expired()) { () async throws -> Int in
                do {
                    try await Task.sleep(for: .seconds(30))
                } catch {
                    cancelled.set()
                    throw error
                }
                return 0
            }
        }
        try await Task.sleep(for: .milliseconds(100))
        call.cancel()
        await #expect(throws: CancellationError.self) { try await call.value }
        try await Task.sleep(for: .milliseconds(50))
        #expect(cancelled.isSet)
    }
}
