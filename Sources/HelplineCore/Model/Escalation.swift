/// How far a reply reaches toward a person at the helpline.
public enum Escalation: String, Sendable, Codable, CaseIterable, Comparable {
    /// Answer only.
    case none
    /// Answer, then offer the helpline.
    case offer
    /// The visitor wants contact: open a handoff and ask for a call-back number.
    case handoff
    /// Crisis: emergency numbers first, urgent handoff, staff notified at once.
    case emergency

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// What kind of intent a file describes; decides which plugin answers it.
public enum IntentCategory: String, Sendable, Codable, CaseIterable {
    /// A question about treatment, answered by the intent matcher.
    case topic
    /// Greetings, thanks, goodbyes, "are you a bot": answered by the small-talk plugin.
    case smalltalk
    /// The crisis intent: its extra rules join the compiled-in floor.
    case crisis
}
