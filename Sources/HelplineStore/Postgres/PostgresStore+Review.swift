public import Foundation
import HelplineCore
import PostgresNIO

extension PostgresStore {
    /// Conversations that may have needed a person and did not get one, for staff review;
    /// newest activity first, at most `limit`. The rules are ``SQLiteStore``'s (shared in
    /// `ReviewScan`): two or more consecutive fallbacks, or a risk term (a case-insensitive
    /// substring of a visitor message) in a conversation that never reached a handoff or an
    /// emergency. Candidates name conversations and reasons only, never message text.
    ///
    /// Reads one snapshot, a page of conversations at a time with their turns, until `limit`
    /// candidates are found; messages are fetched only where risk terms matter.
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
        let logger = self.logger
        let escalated = Set(Self.escalatedValues)
        let pageSize = 100
        return try await read { connection in
            var candidates: [ReviewCandidate] = []
            var after: (updatedAt: Date, id: UUID)?
            while candidates.count < limit {
                let page = try await connection.rows(
                    """
                    SELECT id, updated_at, escalation FROM conversation
                    WHERE (\(since?.postgres)::timestamptz IS NULL OR updated_at >= \(since?.postgres))
                      AND (\(after?.updatedAt.postgres)::timestamptz IS NULL
                           OR (updated_at, id) < (\(after?.updatedAt.postgres), \(after?.id)::uuid))
                    ORDER BY updated_at DESC, id DESC
                    LIMIT \(pageSize)
                    """, logger
                ).map { row in try row.decode((UUID, PostgresTimestamp, String).self) }
                guard let last = page.last else { break }
                after = (last.1.date, last.0)

                // Risk terms matter only where nobody was asked to call: read the words there only.
                let checked = terms.isEmpty ? [] : page.filter { !escalated.contains($0.2) }.map(\.0)
                var scans: [UUID: ReviewScan] = [:]
                for (id, _, _) in page {
                    scans[id] = ReviewScan(terms: checked.contains(id) ? terms : [])
                }
                let turns = try await connection.rows(
                    """
                    SELECT c.id, t.intent, CASE WHEN c.id = ANY(\(checked)) THEN t.message END AS message
                    FROM turn t JOIN conversation c ON c.key = t.conversation_key
                    WHERE c.id = ANY(\(page.map(\.0)))
                    ORDER BY c.id, t.sequence
                    """, logger)
                for turn in turns {
                    let (id, intent, message) = try turn.decode((UUID, String, String?).self)
                    scans[id]?.add(intent: intent, message: message)
                }

                for (id, updatedAt, _) in page where candidates.count < limit {
                    if let reasons = scans[id]?.reasons, !reasons.isEmpty {
                        candidates.append(ReviewCandidate(conversationID: id, updatedAt: updatedAt.date, reasons: reasons))
                    }
                }
                if page.count < pageSize { break }
            }
            return candidates
        }
    }
}
