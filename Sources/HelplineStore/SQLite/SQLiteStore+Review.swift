public import Foundation
import GRDB
import HelplineCore

extension SQLiteStore {
    /// Conversations that may have needed a person and did not get one, for staff review;
    /// newest activity first, at most `limit`. A conversation is a candidate when:
    ///
    /// - at least two consecutive replies were fallbacks (the assistant kept not understanding):
    ///   ``ReviewReason/repeatedFallback(count:)`` with the longest run; or
    /// - a visitor message contains one of `riskTerms` (a case-insensitive substring) and the
    ///   conversation never reached ``HelplineCore/Escalation/handoff`` or
    ///   ``HelplineCore/Escalation/emergency``: ``ReviewReason/riskTerms(_:)`` with the terms
    ///   that matched.
    ///
    /// Candidates name conversations and reasons only, never message text.
    ///
    /// - Parameters:
    ///   - riskTerms: Words and phrases that should have led to a person, as staff keep them.
    ///     Surrounding white space is ignored, empty terms are skipped, and a term repeated
    ///     in another case counts once (its first spelling is reported).
    ///   - since: Only conversations active at or after this date; nil for all.
    ///   - limit: The most to return.
    public func reviewCandidates(riskTerms: [String], since: Date?, limit: Int) async throws -> [ReviewCandidate] {
        let terms = Self.reviewTerms(riskTerms)
        guard limit > 0 else { return [] }
        return try await read { db in
            var conversations = ConversationRecord.select(
                ConversationRecord.Columns.id, ConversationRecord.Columns.updatedAt, ConversationRecord.Columns.escalation)
            if let since {
                conversations = conversations.filter(ConversationRecord.Columns.updatedAt >= since)
            }
            let cursor = try Row.fetchCursor(
                db, conversations.order(ConversationRecord.Columns.updatedAt.desc, ConversationRecord.Columns.id.desc))

            let escalated = Set(Self.escalatedValues)
            var candidates: [ReviewCandidate] = []
            while candidates.count < limit, let conversation = try cursor.next() {
                let id = try conversation.decode(String.self, forColumn: "id")
                let updatedAt = try conversation.decode(Date.self, forColumn: "updatedAt")
                // Risk terms matter only where nobody was asked to call: skip reading the words otherwise.
                let escalation = try conversation.decode(String.self, forColumn: "escalation")
                let checkTerms = !terms.isEmpty && !escalated.contains(escalation)
                let reasons = try Self.reviewReasons(ofConversation: id, terms: checkTerms ? terms : [], db)
                if !reasons.isEmpty {
                    candidates.append(ReviewCandidate(conversationID: try UUID(storeKey: id), updatedAt: updatedAt, reasons: reasons))
                }
            }
            return candidates
        }
    }

    /// The terms to look for: trimmed, non-empty, each once regardless of case.
    static func reviewTerms(_ riskTerms: [String]) -> [String] {
        var terms: [String] = []
        for term in riskTerms {
            let trimmed = term.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty, !terms.contains(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) else {
                continue
            }
            terms.append(trimmed)
        }
        return terms
    }

    /// Reads one conversation's turns in order and says why it needs review, if it does.
    private static func reviewReasons(ofConversation id: String, terms: [String], _ db: Database) throws -> [ReviewReason] {
        let columns: SQL = terms.isEmpty ? "intent" : "intent, message"
        let turns = try Row.fetchCursor(
            db, SQLRequest(literal: "SELECT \(columns) FROM turn WHERE conversationId = \(id) ORDER BY sequence"))

        var run = 0
        var longestRun = 0
        var matched = Set<Int>()  // indexes into `terms`
        while let turn = try turns.next() {
            if try turn.decode(String.self, forColumn: "intent") == Reply.BuiltIn.fallback {
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
            }
            if matched.count < terms.count {
                let message = try turn.decode(String.self, forColumn: "message")
                for (index, term) in terms.enumerated() where !matched.contains(index) {
                    if message.range(of: term, options: String.CompareOptions.caseInsensitive) != nil {
                        matched.insert(index)
                    }
                }
            }
        }

        var reasons: [ReviewReason] = []
        if longestRun >= 2 {
            reasons.append(.repeatedFallback(count: longestRun))
        }
        if !matched.isEmpty {
            reasons.append(.riskTerms(terms.indices.filter(matched.contains).map { terms[$0] }))
        }
        return reasons
    }
}
