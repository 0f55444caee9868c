import Foundation
import GRDB
import HelplineCore
import Testing
@testable import HelplineStore

/// A visitor reads its own conversation back with the key its first reply carried; an id alone,
/// or another conversation's key, reads nothing.
@Suite struct VisitorTurnsTests {
    @Test(arguments: Backend.all) func theFirstTurnCarriesAKeyThatReadsTheConversationBack(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let first = try await temporary.say("what is group therapy", reply: Fixture.answer())
            let key = try #require(first.visitorKey)
            #expect(key.hasPrefix("hv_") && key.count == 67)
            let second = try await temporary.say("I want to talk to someone", in: first.conversationID, reply: Fixture.handoff(),
                                                 at: Fixture.minutes(1))
            #expect(second.visitorKey == nil, "the key is given out once, with the turn that made the conversation")

            let turns = try await temporary.store.visitorTurns(of: first.conversationID, key: key)
            #expect(turns.map(\.message) == ["what is group therapy", "I want to talk to someone"])
            #expect(turns.map(\.sequence) == [1, 2])
            #expect(turns.last?.escalation == .handoff)
        }
    }

    @Test(arguments: Backend.all) func anIdWithoutItsOwnKeyReadsNothing(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let mine = try await temporary.say("what is group therapy", reply: Fixture.answer())
            let theirs = try await temporary.say("my number is 555 201 3344", reply: Fixture.answer())
            let myKey = try #require(mine.visitorKey)
            let store = temporary.store
            for (id, key) in [
                (theirs.conversationID, myKey), (mine.conversationID, ""), (mine.conversationID, myKey + "0"),
                (mine.conversationID, String(myKey.dropLast()) + (myKey.last == "0" ? "1" : "0")),
                (mine.conversationID, myKey.uppercased()), (UUID(), myKey),
            ] {
                await #expect(throws: StoreError.self) { try await store.visitorTurns(of: id, key: key) }
                do {
                    _ = try await store.visitorTurns(of: id, key: key)
                } catch let error as StoreError {
                    #expect(error.code == .notFound, "an unknown id and a wrong key look the same")
                }
            }
            #expect(try await store.visitorTurns(of: mine.conversationID, key: myKey).count == 1)
        }
    }

    @Test(arguments: Backend.all) func thePurgeTakesTheConversationAndItsKeyWorksNoMore(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let turn = try await temporary.say("what is group therapy", reply: Fixture.answer())
            let key = try #require(turn.visitorKey)
            _ = try await temporary.store.purge(olderThan: Fixture.days(1))
            await #expect(throws: StoreError.self) { try await temporary.store.visitorTurns(of: turn.conversationID, key: key) }
        }
    }

    @Test func theStoreKeepsOnlyTheKeysHash() async throws {
        try await TemporaryStore.with(.sqlite) { temporary in
            let turn = try await temporary.say("hello", reply: Fixture.answer("greeting"))
            let key = try #require(turn.visitorKey)
            let stored = try await temporary.sqlite.read { db in
                try String.fetchOne(db, sql: "SELECT visitorKeyHash FROM conversation")
            }
            #expect(stored == VisitorKey.hash(key))
            #expect(stored != key)
            #expect(VisitorKey.matches(key, storedHash: stored))
            #expect(!VisitorKey.matches(key, storedHash: nil))
        }
    }
}
