public import Foundation

/// Why a conversation may have needed a person and did not get one.
public enum ReviewReason: Sendable, Codable, Hashable {
    /// The assistant did not understand several messages in a row; `count` is the longest run
    /// of consecutive fallback replies (2 or more).
    case repeatedFallback(count: Int)
    /// The visitor used these risk terms (as the caller spelled them, in the caller's order),
    /// yet the conversation never reached a handoff or an emergency.
    case riskTerms([String])
}

/// A conversation for staff to review for a missed escalation. It names the conversation and
/// the reasons only: staff open the transcript (an audited read) to see the words.
public struct ReviewCandidate: Sendable, Codable, Hashable {
    /// The conversation to review.
    public var conversationID: UUID
    /// When it last changed.
    public var updatedAt: Date
    /// Why it was picked, repeated fallbacks first; never empty.
    public var reasons: [ReviewReason]

    /// Creates a candidate.
    public init(conversationID: UUID, updatedAt: Date, reasons: [ReviewReason]) {
        self.conversationID = conversationID
        self.updatedAt = updatedAt
        self.reasons = reasons
    }
}
