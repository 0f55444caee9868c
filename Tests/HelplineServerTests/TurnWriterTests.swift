import Foundation
import HelplineCore
@testable import HelplineServer
import HelplineStore
import Testing

/// Group commit led by the requests themselves, on a real SQLite store.
@Suite struct TurnWriterTests {
    @Test func concurrentMessagesOfOneConversationAreAllRecordedInOrderWithoutGaps() async throws {
        try await withWriter { writer, store in
            let first = try await writer.submit(request("hello", in: nil))
            let sequences = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<200 {
                    group.addTask { try await writer.submit(request("message \(index)", in: first.conversationID)).sequence }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(sequences.sorted() == Array(2...201))
            let turns = try await store.turns(of: first.conversationID)
            #expect(turns.map(\.sequence) == Array(1...201))
            // Each answer saw the state the turn before it left.
            #expect(try await store.conversation(first.conversationID)?.state.turns == 201)
        }
    }

    @Test func aCancelledRequestHasItsTurnRecordedOnceAndIsAnswered() async throws {
        try await withWriter { writer, store in
            // Cancelled before and while they wait, leaders and followers alike.
            let tasks = (0..<100).map { index in
                Task { try await writer.submit(request("message \(index)", in: nil)) }
            }
            for task in tasks { task.cancel() }
            var recorded: [RecordedTurn] = []
            for task in tasks { recorded.append(try await task.value) }
            #expect(Set(recorded.map(\.conversationID)).count == 100)
            #expect(try await store.conversationCount() == 100)
            for turn in recorded {
                #expect(try await store.turns(of: turn.conversationID).count == 1)
            }
        }
    }

    @Test func aTurnForAnUnknownConversationFailsAloneAndTheOthersAreRecorded() async throws {
        try await withWriter { writer, store in
            let results = await withTaskGroup(of: Result<RecordedTurn, any Error>.self) { group in
                for index in 0..<50 {
                    let conversation: UUID? = index == 25 ? UUID() : nil
                    group.addTask {
                        do { return .success(try await writer.submit(request("message \(index)", in: conversation))) }
                        catch { return .failure(error) }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            let failures = results.compactMap { result -> StoreError? in
                if case .failure(let error) = result { return error as? StoreError }
                return nil
            }
            #expect(failures.map(\.code) == [.notFound])
            let recorded = try await store.conversationCount()
            #expect(recorded == 49)
        }
    }

    @Test func aWriterLeftIdleLeadsTheNextTurnAtOnce() async throws {
        try await withWriter { writer, store in
            for index in 0..<5 {
                let turn = try await writer.submit(request("message \(index)", in: nil))
                #expect(try await store.conversationExists(turn.conversationID))
            }
        }
    }

    // MARK: - Harness

    private func withWriter(_ body: (TurnWriter, SQLiteStore) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpline-writer-tests-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("helpline.sqlite").path)
        try await body(TurnWriter(store: store), store)
        await store.close()
    }

    private func request(_ message: String, in conversation: UUID?) -> TurnRequest {
        TurnRequest(conversation: conversation, message: message, date: Date()) { state in
            let reply = Reply(
                text: "Turn \(state.turns + 1).", intent: "what-is-group-therapy", confidence: 1, escalation: .none,
                explanation: Explanation(plugin: "test", score: 1))
            return (reply, state.after(reply))
        }
    }
}
