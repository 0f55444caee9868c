import Foundation
@testable import HelplineServer
import HelplineStore
import Logging
import Testing

@Suite struct CheckpointServiceTests {
    @Test func theServiceStopsWhenItsTaskIsCancelledAndTheStoreStaysUsable() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-checkpoint-tests-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("helpline.sqlite").path)
        let service = CheckpointService(store: store, interval: .seconds(3600), logger: Logger(label: "test"))
        let running = Task { try await service.run() }
        running.cancel()
        // Returns, rather than sleeping out its hour.
        try await running.value
        try await store.checkWritable()
        await store.close()
    }
}
