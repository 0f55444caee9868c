import Foundation
import HelplineCore
@testable import HelplineStore
import Testing

@Suite struct GroupCommitTests {
    @Test(arguments: Backend.all) func aBatchIsRecordedInOrderAndOneFailureLeavesTheOthers(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            let first = try await temporary.say("hello", reply: Fixture.answer())
            let reply = Fixture.answer()
            let handoff = Fixture.handoff()
            let requests = [
                TurnRequest(conversation: first.conversationID, message: "second", date: Fixture.start) { (reply, $0.after(reply)) },
                TurnRequest(conversation: UUID(), message: "lost", date: Fixture.start) { (reply, $0.after(reply)) },
                TurnRequest(conversation: first.conversationID, message: "third", date: Fixture.start) { (handoff, $0.after(handoff)) },
                TurnRequest(conversation: nil, message: "new", date: Fixture.start) { (reply, $0.after(reply)) },
            ]
            let results = try await store.respond(batch: requests)
            #expect(results.count == 4)
            #expect((try? results[0].get())?.sequence == 2)
            #expect(results[1].failureCode == .notFound)
            #expect((try? results[2].get())?.sequence == 3)
            #expect((try? results[2].get())?.handoff != nil)
            #expect((try? results[3].get())?.sequence == 1)
            let turns = try await store.turns(of: first.conversationID)
            #expect(turns.map(\.message) == ["hello", "second", "third"])
            #expect(try await store.conversationCount() == 2)
            #expect(try await store.handoffs(of: first.conversationID).count == 1)
        }
    }
}

extension GroupCommitTests {
    @Test func anyOtherFailureInABatchRecordsNoneOfIt() async throws {
        try await TemporaryStore.with { temporary in
            let store = temporary.sqlite
            let first = try await temporary.say("hello", reply: Fixture.answer())
            // A failure SQLite raises half-way through the batch, after earlier turns were written.
            try await store.pool.write { db in
                try db.execute(sql: """
                    CREATE TRIGGER refuse_boom BEFORE INSERT ON turn WHEN NEW.message = 'boom'
                    BEGIN SELECT RAISE(ABORT, 'refused by test'); END
                    """)
            }
            let reply = Fixture.answer()
            let handoff = Fixture.handoff()
            let requests = [
                TurnRequest(conversation: first.conversationID, message: "second", date: Fixture.start) { (handoff, $0.after(handoff)) },
                TurnRequest(conversation: nil, message: "new", date: Fixture.start) { (reply, $0.after(reply)) },
                TurnRequest(conversation: first.conversationID, message: "boom", date: Fixture.start) { (reply, $0.after(reply)) },
            ]
            await #expect(throws: StoreError.self) { try await store.respond(batch: requests) }
            #expect(try await store.turns(of: first.conversationID).map(\.message) == ["hello"])
            #expect(try await store.conversationCount() == 1)
            #expect(try await store.handoffs(of: first.conversationID).isEmpty)
            // The next batch starts clean: the conversation goes on at sequence 2.
            let next = try await temporary.say("again", in: first.conversationID, reply: reply)
            #expect(next.sequence == 2)
        }
    }
}

extension Result where Failure == StoreError {
    var failureCode: StoreError.Code? {
        if case .failure(let error) = self { return error.code }
        return nil
    }
}

@Suite struct StoreDateTests {
    @Test func datesWrittenWithSQLMatchGRDBsOwnFormat() {
        for date in [Date(timeIntervalSince1970: 0), Fixture.start, Date(timeIntervalSince1970: 1_764_215_719.123), Date()] {
            #expect(StoreDate.text(date) == String.fromDatabaseValue(date.databaseValue), "\(date)")
        }
    }
}

import GRDB
