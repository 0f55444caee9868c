/// `helpline check`'s warning about intents that overlap: a pair is reported when many of one
/// intent's examples sit closer to the other intent's examples than to their own.
public struct ConfusionCheck: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// A pair of intents is worth a warning when at least this share of one's examples (and at
    /// least `confusedMinimum` of them) sit closer to the other: one stray example is normal.
    public static let confusedShare = 0.15
    public static let confusedMinimum = 3

    /// One warning per pair of intents that overlap, at the example that sits closest to the other.
    public func warnings() -> [Diagnostic] {
        let confusions = knowledge.topicIndex.confusions() + knowledge.smallTalkIndex.confusions()
        let pairs = Dictionary(grouping: confusions) { "\($0.intent)\u{0}\($0.closerTo)" }
        return pairs.values.compactMap { group -> Diagnostic? in
            guard let worst = group.max(by: { $0.other - $0.own < $1.other - $1.own }),
                let examples = knowledge.intents[worst.intent]?.examples.count,
                group.count >= max(Self.confusedMinimum, Int((Double(examples) * Self.confusedShare).rounded(.up)))
            else { return nil }
            let location = worst.example.location
            return .at(
                location, severity: .warning, "\(group.count) of the \(examples) examples of '\(worst.intent)' are closer to '\(worst.closerTo)' than to their own intent; this one most",
                hint: "keep the two apart: reword these examples, or move them to '\(worst.closerTo)' if that is what they ask")
        }
        .sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }
}
