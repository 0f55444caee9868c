import Foundation
import HelplineCore

/// Why a conversation needs staff review, read from its turns in order: the same rules for
/// every backend (see ``HelplineStore/reviewCandidates(riskTerms:since:limit:)``).
struct ReviewScan {
    /// The terms looked for: trimmed, non-empty, each once regardless of case.
    let terms: [String]
    private var run = 0
    private var longestRun = 0
    private var matched = Set<Int>()  // indexes into `terms`

    /// Starts a scan for `terms` (already cleaned by ``cleanTerms(_:)``; empty when risk terms
    /// do not matter for this conversation).
    init(terms: [String]) { self.terms = terms }

    /// The terms to look for: trimmed, non-empty, each once regardless of case (its first
    /// spelling kept).
    static func cleanTerms(_ riskTerms: [String]) -> [String] {
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

    /// Whether later messages could still match a term (so they are worth reading).
    var wantsMessages: Bool { matched.count < terms.count }

    /// Takes the next turn: its intent, and its message when ``wantsMessages``.
    mutating func add(intent: String, message: String?) {
        if intent == Reply.BuiltIn.fallback {
            run += 1
            longestRun = max(longestRun, run)
        } else {
            run = 0
        }
        if let message, wantsMessages {
            for (index, term) in terms.enumerated() where !matched.contains(index) {
                if message.range(of: term, options: String.CompareOptions.caseInsensitive) != nil {
                    matched.insert(index)
                }
            }
        }
    }

    /// The reasons found, repeated fallbacks first; empty when the conversation needs no review.
    var reasons: [ReviewReason] {
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
