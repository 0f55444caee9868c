extension CrisisConceptRules {
    /// The Spanish floor: every category the English rules cover, over the `es-…` concepts of
    /// `CrisisVocabulary.spanish`. A finding from one of these carries `language: .spanish`, so the
    /// reply is in Spanish. Like the English rules they lean towards recall; the ordinary framings
    /// that cancel them are questions, the past, idioms ("me muero de hambre") and jokes ("jaja").
    static let spanish: [CrisisConceptRule] = [
        // MARK: overdose in progress (911)
        .es(.overdose, "es-overdosing-now", ["es-overdose-now"],
            unless: ["es-hypothetical", "es-long-ago", "es-fear-death"], despite: ["es-urgent"]),
        .es(.overdose, "es-unresponsive", ["es-unresponsive"],
            unless: ["es-hypothetical", "es-long-ago", "es-device", "es-not-responding-ordinary"],
            despite: ["es-urgent", "es-naloxone"]),
        .es(.overdose, "es-naloxone-not-working", ["es-naloxone", "es-naloxone-failed"], window: 12,
            unless: ["es-hypothetical", "es-long-ago"], despite: ["es-urgent"]),
        .es(.overdose, "es-naloxone-given", ["es-naloxone-given"],
            unless: ["es-hypothetical", "es-long-ago"], despite: ["es-urgent"]),
        .es(.overdose, "es-naloxone-needed-now", ["es-need-naloxone"], unless: ["es-long-ago"]),
        .es(.overdose, "es-naloxone-urgently", ["es-naloxone", "es-urgent"], window: 10,
            unless: ["es-hypothetical", "es-long-ago"]),
        .es(.overdose, "es-took-too-much", ["es-took", "es-too-much"], ordered: true, window: 6,
            unless: ["es-hypothetical", "es-long-ago", "es-accidental", "es-habit"],
            despite: ["es-urgent", "es-unresponsive"]),
        .es(.overdose, "es-took-a-lot", ["es-took", "es-many", "es-substance"], window: 8,
            unless: ["es-hypothetical", "es-long-ago", "es-accidental", "es-habit"],
            despite: ["es-urgent", "es-unresponsive"]),

        // MARK: medical emergencies (911)
        .es(.medicalEmergency, "es-medical-sign", ["es-medical-sign"],
            unless: ["es-hypothetical", "es-long-ago", "es-info-question", "es-fear-death"], despite: ["es-urgent"]),
        .es(.medicalEmergency, "es-dying-now", ["es-dying-now"],
            unless: ["es-hypothetical", "es-fear-death"], never: ["es-death-idiom"]),

        // MARK: accidental poisoning (Poison Help)
        .es(.poisoning, "es-child-or-pet-swallowed", ["es-young-or-pet", "es-ingest", "es-substance"], window: 12,
            unless: ["es-safekeeping", "es-hypothetical", "es-long-ago"], despite: ["es-urgent"]),
        .es(.poisoning, "es-accidental-dose", ["es-accidental", "es-took-or-ingest"], window: 14,
            unless: ["es-safekeeping", "es-hypothetical", "es-long-ago"]),

        // MARK: suicidal thoughts and method questions (988)
        .es(.suicidal, "es-kill-self", ["es-kill-self"],
            unless: ["es-recovered", "es-long-ago", "es-fear-death"], despite: ["es-again-now"], never: ["es-death-idiom"]),
        .es(.suicidal, "es-killing-myself-soon", ["es-me-mato", "es-when-final"], window: 6,
            unless: ["es-habit", "es-joking"], never: ["es-death-idiom"]),
        .es(.suicidal, "es-suicidal-self", ["es-suicidal-self"],
            unless: ["es-recovered", "es-long-ago"], despite: ["es-again-now"]),
        .es(.suicidal, "es-suicide-mention", ["es-suicide-word"],
            unless: ["es-recovered", "es-long-ago", "es-hypothetical", "es-info-question", "es-fear-death"],
            despite: ["es-again-now"]),
        .es(.suicidal, "es-want-to-die", ["es-desire", "es-death"], ordered: true, window: 7,
            unless: ["es-fear-death", "es-recovered"], never: ["es-death-idiom"]),
        .es(.suicidal, "es-not-want-to-live", ["es-negation", "es-desire", "es-live"], ordered: true, window: 6,
            unless: ["es-fear-death", "es-like-this", "es-live-ordinary", "es-recovered"]),
        .es(.suicidal, "es-not-want-to-live-like-this", ["es-negation", "es-desire", "es-like-this"], ordered: true, window: 6,
            unless: ["es-help-seeking"]),
        .es(.suicidal, "es-no-point-living", ["es-no-point", "es-life"], window: 7),
        .es(.suicidal, "es-why-live", ["es-point-question"]),
        .es(.suicidal, "es-cannot-take-it", ["es-cant-take"], unless: ["es-cant-take-object"]),
        .es(.suicidal, "es-tired-of-life", ["es-tired-of-life"]),
        .es(.suicidal, "es-others-better-off", ["es-better-off"], unless: ["es-recovered", "es-long-ago", "es-without-object"]),
        .es(.suicidal, "es-burden", ["es-burden"], unless: ["es-recovered"]),
        .es(.suicidal, "es-not-caring-if-i-die", ["es-not-care", "es-fate"], window: 10),
        .es(.suicidal, "es-goodbye", ["es-goodbye"]),
        .es(.suicidal, "es-for-dying", ["es-purpose-death"], unless: ["es-fear-death"]),
        .es(.suicidal, "es-method", ["es-method"]),
        .es(.suicidal, "es-means-and-giving-up", ["es-means", "es-giving-up"], window: 16,
            unless: ["es-hypothetical", "es-help-seeking"]),
        .es(.suicidal, "es-lethal-dose", ["es-lethal"]),
        .es(.suicidal, "es-lethal-amount", ["es-quantity", "es-lethal-outcome"], window: 12, unless: ["es-fear-death"]),
        .es(.suicidal, "es-how-long-to-die", ["es-how-long", "es-death-outcome"], window: 10, unless: ["es-fear-death"]),

        // MARK: self-harm (988)
        .es(.selfHarm, "es-hurting-myself", ["es-self-harm"],
            unless: ["es-recovered", "es-long-ago", "es-hypothetical"], despite: ["es-again-now"], never: ["es-cut-object"]),

        // MARK: harm to others (911)
        .es(.harmToOthers, "es-going-to-hurt-them", ["es-harm-direct"], unless: ["es-joking"]),
        .es(.harmToOthers, "es-intent-to-harm", ["es-harm-intent", "es-harm-act"], ordered: true, window: 8,
            unless: ["es-joking", "es-fear-death"]),
        .es(.harmToOthers, "es-violence-now", ["es-violence-now"], unless: ["es-joking", "es-hypothetical", "es-long-ago"]),
    ]

    /// Unions the Spanish rules need.
    static let spanishDerived: [String: [String]] = [
        "es-took-or-ingest": ["es-took", "es-ingest"],
    ]
}

extension CrisisConceptRule {
    /// A rule of the Spanish floor.
    static func es(
        _ category: CrisisCategory, _ name: String, _ needs: [String], ordered: Bool = false, window: Int = 12,
        unless: [String] = [], despite: [String] = [], never: [String] = []
    ) -> CrisisConceptRule {
        CrisisConceptRule(
            category: category, name: name, needs: needs, ordered: ordered, window: window, unless: unless,
            despite: despite, never: never, language: .spanish)
    }
}
