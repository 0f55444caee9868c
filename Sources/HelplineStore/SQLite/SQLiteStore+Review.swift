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
        let terms = ReviewScan.cleanTerms(riskTerms)
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

    /// Reads one conversation's turns in order and says why it needs review, if it does.
    private static func reviewReasons(ofConversation id: String, terms: [String], _ db: Database) throws -> [ReviewReason] {
        let columns: SQL = terms.isEmpty ? "intent" : "intent, message"
        let turns = try Row.fetchCursor(
            db, SQLRequest(literal: """
                SELECT \(columns) FROM turn WHERE conversationKey = (SELECT key FROM conversation WHERE id = \(id))
                ORDER BY sequence
                """))

        var scan = ReviewScan(terms: terms)
        while let turn = try turns.next() {
            let message: String? = scan.wantsMessages ? try turn.decode(String.self, forColumn: "message") : nil
            scan.add(intent: try turn.decode(String.self, forColumn: "intent"), message: message)
        }
        return scan.reasons
    }
}
