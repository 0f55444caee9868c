import Foundation
import HelplineCore
import Testing
@testable import HelplineStore

@Suite struct ReviewTests {
    static let riskTerms = ["overdose", "no reason to live", "hopeless"]

    /// Records `turns` (message, reply) as one new conversation, a minute apart from `start`.
    func conversation(_ turns: [(String, Reply)], in temporary: TemporaryStore, start: Date = Fixture.start) async throws -> UUID {
        var id: UUID?
        for (index, (message, reply)) in turns.enumerated() {
            id = try await temporary.say(message, in: id, reply: reply, at: Fixture.minutes(Double(index), after: start)).conversationID
        }
        return try #require(id)
    }

    @Test(arguments: Backend.all) func repeatedFallbacksMakeACandidateWithTheLongestRun(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let id = try await conversation([
                ("asdf", Fixture.fallback()), ("qwerty", Fixture.fallback()), ("hello", Fixture.answer("greeting")),
                ("zzz", Fixture.fallback()), ("xxx", Fixture.fallback()), ("yyy", Fixture.fallback()),
            ], in: temporary)

            let candidates = try await temporary.store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10)
            #expect(candidates == [
                ReviewCandidate(conversationID: id, updatedAt: Fixture.minutes(5), reasons: [.repeatedFallback(count: 3)]),
            ])
        }
    }

    @Test(arguments: Backend.all) func fallbacksThatAreNotConsecutiveAreNotACandidate(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            _ = try await conversation([("asdf", Fixture.fallback())], in: temporary)
            _ = try await conversation([
                ("asdf", Fixture.fallback()), ("what is group therapy", Fixture.answer()), ("qwerty", Fixture.fallback()),
            ], in: temporary)
            #expect(try await temporary.store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10).isEmpty)
        }
    }

    @Test(arguments: Backend.all) func aRiskTermWithoutEscalationMakesACandidate(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let message = "I feel HOPELESS and there is No Reason To Live"
            let id = try await conversation([
                ("hello", Fixture.answer("greeting")), (message, Fixture.offer("cravings-and-triggers")),
                ("hopeless again", Fixture.answer("thanks")),
            ], in: temporary)

            let candidates = try await temporary.store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10)
            // The terms as the caller spelled them, in the caller's order, once each.
            #expect(candidates == [
                ReviewCandidate(
                    conversationID: id, updatedAt: Fixture.minutes(2), reasons: [.riskTerms(["no reason to live", "hopeless"])]),
            ])
            // Names the conversation, never the words.
            let encoded = String(decoding: try JSONEncoder().encode(candidates), as: UTF8.self)
            #expect(!encoded.localizedCaseInsensitiveContains("feel"))
            #expect(!encoded.contains(message))
        }
    }

    @Test(arguments: Backend.all) func aRiskTermInAConversationThatEscalatedIsNotACandidate(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let store = temporary.store
            // Reached a handoff later in the conversation.
            _ = try await conversation([
                ("I feel hopeless", Fixture.answer("counseling-for-oud")), ("can someone call me", Fixture.handoff()),
            ], in: temporary)
            // Reached an emergency.
            _ = try await conversation([
                ("my friend took an overdose", Fixture.handoff("crisis", reason: "crisis", priority: .urgent, crisis: .overdose)),
            ], in: temporary)
            #expect(try await store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10).isEmpty)

            // Offering the line is not escalating: that conversation is a candidate.
            let offered = try await conversation([("what does an overdose look like", Fixture.offer())], in: temporary)
            #expect(try await store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10).map(\.conversationID) == [offered])
        }
    }

    @Test(arguments: Backend.all) func repeatedFallbacksCountEvenWhenTheConversationEscalated(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let id = try await conversation([
                ("overdose?", Fixture.fallback()), ("overdose!!", Fixture.fallback()), ("call me", Fixture.handoff()),
            ], in: temporary)
            let candidates = try await temporary.store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10)
            #expect(candidates.map(\.conversationID) == [id])
            #expect(candidates.first?.reasons == [.repeatedFallback(count: 2)])
        }
    }

    @Test(arguments: Backend.all) func bothReasonsAreGivenRepeatedFallbackFirst(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let id = try await conversation([
                ("hopeless", Fixture.fallback()), ("so hopeless", Fixture.fallback()),
            ], in: temporary)
            let candidates = try await temporary.store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10)
            #expect(candidates == [
                ReviewCandidate(
                    conversationID: id, updatedAt: Fixture.minutes(1),
                    reasons: [.repeatedFallback(count: 2), .riskTerms(["hopeless"])]),
            ])
        }
    }

    @Test(arguments: Backend.all) func blankAndRepeatedTermsAreIgnored(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            _ = try await conversation([("what is group therapy", Fixture.answer())], in: temporary)
            let id = try await conversation([("what about an Overdose", Fixture.offer())], in: temporary, start: Fixture.days(1))
            let store = temporary.store
            // An empty term would match every message.
            #expect(try await store.reviewCandidates(riskTerms: ["", "  "], since: nil, limit: 10).isEmpty)
            #expect(try await store.reviewCandidates(riskTerms: [" Overdose ", "OVERDOSE", ""], since: nil, limit: 10)
                .flatMap(\.reasons) == [.riskTerms(["Overdose"])])
            #expect(try await store.reviewCandidates(riskTerms: [], since: nil, limit: 10).isEmpty)
            #expect(try await store.reviewCandidates(riskTerms: ["overdose"], since: nil, limit: 10).map(\.conversationID) == [id])
        }
    }

    @Test(arguments: Backend.all) func candidatesAreNewestFirstWithinSinceAndLimit(_ backend: Backend) async throws {
        try await TemporaryStore.with(backend) { temporary in
            let fallbacks: [(String, Reply)] = [("asdf", Fixture.fallback()), ("qwerty", Fixture.fallback())]
            let old = try await conversation(fallbacks, in: temporary, start: Fixture.days(1))
            let middle = try await conversation([("hopeless", Fixture.answer())], in: temporary, start: Fixture.days(2))
            _ = try await conversation([("what is group therapy", Fixture.answer())], in: temporary, start: Fixture.days(3))
            let recent = try await conversation(fallbacks, in: temporary, start: Fixture.days(4))
            let store = temporary.store

            #expect(try await store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 10).map(\.conversationID)
                == [recent, middle, old])
            #expect(try await store.reviewCandidates(riskTerms: Self.riskTerms, since: Fixture.days(2), limit: 10)
                .map(\.conversationID) == [recent, middle])
            #expect(try await store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 2).map(\.conversationID)
                == [recent, middle])
            #expect(try await store.reviewCandidates(riskTerms: Self.riskTerms, since: nil, limit: 0).isEmpty)
        }
    }
}
