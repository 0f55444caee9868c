/// Detects crises before anything else and answers with emergency resources first.
/// Runs on every message whatever `helpline.yaml` says; its floor of rules is compiled in.
public struct CrisisGuardPlugin: ResponderPlugin {
    public static let name = "crisis-guard"
    public var name: String { Self.name }

    public init(settings: PluginSettings = PluginSettings()) throws(PluginConfigurationError) {
        try settings.allowOnly([])
    }

    public init() {}

    public func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
        let knowledge = context.knowledge
        guard let detection = CrisisGuardPlugin.detect(message, knowledge: knowledge) else { return [] }
        return [Proposal(tier: .safety, score: 1, reply: CrisisReply.make(detection, knowledge: knowledge))]
    }

    /// What a crisis message signals: the compiled-in concept rules first, then staff rules.
    struct Detection {
        var category: CrisisCategory
        var matched: String
        var source: String
        var concepts: [String]
        /// The reply's language: Spanish when the message reads as Spanish, or when a Spanish
        /// rule fired and the message has no more English words than Spanish ones ("me quiero morir").
        var language: VisitorLanguage = .english
    }

    static func detect(_ message: Message, knowledge: KnowledgeBase) -> Detection? {
        var found: [CrisisCategory: Detection] = [:]
        let findings = knowledge.crisisDetector.findings(in: message.text)
        for finding in findings where found[finding.category] == nil {
            found[finding.category] = Detection(
                category: finding.category, matched: "concepts: " + finding.rule, source: "compiled-in floor",
                concepts: finding.concepts)
        }
        let words = message.analyzed.wordIDs
        for index in knowledge.crisisIndex.candidates(for: words) {
            let rule = knowledge.crisisRules[index]
            if found[rule.category] == nil, rule.pattern.matches(words, concepts: knowledge.concepts) {
                found[rule.category] = Detection(category: rule.category, matched: rule.pattern.source, source: rule.origin, concepts: [])
            }
        }
        guard var detection = CrisisFloor.priority.lazy.compactMap({ found[$0] }).first else { return nil }
        let counts = VisitorLanguage.wordCounts(message.text)
        if VisitorLanguage.of(counts) == .spanish
            || (findings.contains { $0.language == .spanish } && counts.spanish >= counts.english) {
            detection.language = .spanish
        }
        return detection
    }
}

/// The crisis reply: the right number in the first two lines, then the provider's line.
/// Never answers questions about methods or amounts.
enum CrisisReply {
    static func make(_ detection: CrisisGuardPlugin.Detection, knowledge: KnowledgeBase) -> Reply {
        if detection.language == .spanish { return makeSpanish(detection, knowledge: knowledge) }
        let settings = knowledge.settings
        let category = detection.category
        let (first, second) = opening(category, settings: settings)
        var lines = [first, second]
        if let closing = knowledge.crisisIntent?.answer, !closing.isEmpty {
            lines.append(closing)
        }
        lines.append(settings.message("crisis_closing"))
        return reply(detection, lines: lines, actions: actions(category, settings: settings) + [.call(settings.helpline)],
                     reason: "crisis: \(category.rawValue)")
    }

    /// What every crisis reply shares, in either language: emergency escalation, an urgent
    /// handoff for the category, the floor's explanation.
    static func reply(_ detection: CrisisGuardPlugin.Detection, lines: [String], actions: [Action], reason: String) -> Reply {
        Reply(
            text: lines.joined(separator: "\n"), intent: Reply.BuiltIn.crisis, confidence: 1, escalation: .emergency,
            actions: actions,
            handoff: HandoffRequest(reason: reason, priority: .urgent, crisisCategory: detection.category),
            explanation: Explanation(
                plugin: CrisisGuardPlugin.name, matched: detection.matched, source: detection.source, score: 1,
                concepts: detection.concepts.isEmpty ? nil : detection.concepts))
    }

    private static func opening(_ category: CrisisCategory, settings: HelplineSettings) -> (String, String) {
        let emergency = settings.emergency.display, lifeline = settings.crisisLine.display, poison = settings.poisonHelp.display
        switch category {
        case .overdose:
            return ("Call \(emergency) now. This may be an overdose, and it is a medical emergency.",
                    "If you have naloxone (Narcan), give it now: spray one dose into one nostril. If there is no response after 2 to 3 minutes, give another dose in the other nostril. Lay the person on their side, keep checking their breathing, and stay with them until help arrives.")
        case .medicalEmergency:
            return ("Call \(emergency) now. This sounds like a medical emergency.",
                    "Stay with the person and follow the dispatcher's instructions until help arrives.")
        case .suicidal:
            return ("Please call or text \(lifeline) now to reach the \(lifeline) Suicide & Crisis Lifeline. It is free, confidential and open day and night.",
                    "If you are in immediate danger or have already taken something, call \(emergency).")
        case .selfHarm:
            return ("If you are thinking about hurting yourself, please call or text \(lifeline) now. Someone at the \(lifeline) Lifeline will listen, day or night.",
                    "If you are hurt or in immediate danger, call \(emergency).")
        case .harmToOthers:
            return ("If anyone is in immediate danger, call \(emergency) now.",
                    "You can also call or text \(lifeline) to talk with a crisis counselor right now.")
        case .poisoning:
            return ("Call Poison Help at \(poison) now. It is free and open day and night.",
                    "If the person is not breathing, cannot be woken or is having a seizure, call \(emergency) right away. For a pet, call your veterinarian or an emergency animal hospital now.")
        }
    }

    static func actions(_ category: CrisisCategory, settings: HelplineSettings) -> [Action] {
        switch category {
        case .overdose, .medicalEmergency, .harmToOthers: [.call(settings.emergency), .call(settings.crisisLine)]
        case .suicidal, .selfHarm: [.call(settings.crisisLine), .call(settings.emergency)]
        case .poisoning: [.call(settings.poisonHelp), .call(settings.emergency)]
        }
    }
}
