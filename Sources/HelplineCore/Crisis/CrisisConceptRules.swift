/// The compiled-in crisis rules: each one a combination of concept classes (`CrisisVocabulary`)
/// that must all occur within a window of words. A rule is cancelled by an `unless` concept
/// anywhere in the message, except when a `despite` concept is there too ("years ago" makes a
/// past overdose ordinary; "again" makes it current).
///
/// The rules lean towards recall: a missed crisis is the worst defect this product can have.
/// `unless` lists are kept to what marks a message as clearly informational, past or idiomatic.
struct CrisisConceptRule: Sendable {
    var category: CrisisCategory
    /// A short name shown in explanations (`plan-with-time`, `unresponsive-person`, …).
    var name: String
    var needs: [String]
    /// When set, the concepts must occur in the order of `needs`.
    var ordered = false
    /// Words from the first concept's start to the last one's end.
    var window = 12
    var unless: [String] = []
    var despite: [String] = []
    /// Cancels the rule whatever `despite` finds: wording that only ever asks or jokes
    /// ("why do some overdoses not respond to narcan").
    var never: [String] = []
    /// The language the rule reads, and so the language of the reply.
    var language: VisitorLanguage = .english
}

enum CrisisConceptRules {
    // Ordinary framings that cancel a sign-based rule unless something says "now".
    private static let informational = ["hypothetical", "long-ago", "death-past"]

    /// The English floor, then the Spanish one (`CrisisConceptRules+Spanish`).
    static let all: [CrisisConceptRule] = english + spanish

    static let english: [CrisisConceptRule] = [
        // MARK: overdose in progress (911)
        .init(category: .overdose, name: "overdosing-now", needs: ["overdosing"],
              unless: ["hypothetical", "long-ago-only", "death-past", "general-question"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "overdosed", needs: ["someone-else-or-self", "overdosed"], window: 6,
              unless: ["recovered", "hypothetical", "long-ago", "death-past", "quantity", "fear-death", "plan", "desire", "fatalism", "not-care",
                       "future-question", "joking"],
              despite: ["urgent-strong", "unresponsive"], never: ["general-question", "recovered-strong"]),
        .init(category: .overdose, name: "unresponsive", needs: ["unresponsive"],
              unless: ["hypothetical", "long-ago", "death-past", "device"], despite: ["urgent-strong", "naloxone", "took"],
              never: ["general-question"]),
        .init(category: .overdose, name: "not-waking-up", needs: ["wake-fail"],
              unless: ["hypothetical", "long-ago", "death-past", "self", "future-question", "wake-wish"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "used-and-not-responding", needs: ["use-drug-or-naloxone", "not-responding"], window: 20,
              unless: ["hypothetical", "long-ago", "death-past", "device", "i-subject", "wake-wish"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "cannot-wake-them", needs: ["trying-to-wake", "no-result"], ordered: true, window: 14,
              unless: ["hypothetical", "long-ago"]),
        .init(category: .overdose, name: "will-not-respond", needs: ["someone-else", "negation", "respond"], window: 10,
              unless: ["hypothetical", "long-ago", "death-past", "device", "wake-wish"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "cannot-get-them-to-respond", needs: ["negation", "get-person-to", "respond"], ordered: true, window: 7,
              unless: ["hypothetical", "long-ago", "death-past", "device"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "naloxone-with-unresponsive", needs: ["naloxone", "negation", "respond"], window: 14,
              unless: ["long-ago", "hypothetical", "training-words", "wake-wish"], despite: ["urgent-strong", "someone-is"]),
        .init(category: .overdose, name: "naloxone-not-working", needs: ["naloxone", "naloxone-failed"], window: 12,
              unless: informational + ["training-words", "general-question", "future-question", "naloxone-asking", "wake-wish"], despite: ["urgent-strong", "someone-is"]),
        .init(category: .overdose, name: "naloxone-and-person-down", needs: ["naloxone", "person-down"], window: 16,
              unless: informational + ["training-words", "general-question"], despite: ["urgent-strong", "someone-is"]),
        .init(category: .overdose, name: "naloxone-someone-dying", needs: ["naloxone", "dying-now"], window: 14,
              unless: ["long-ago", "death-past"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "passed-out-after-using", needs: ["out", "use-drug-or-naloxone"], window: 12,
              unless: informational + ["out-of", "training-words", "accident-wish", "message-idiom"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "just-narcanned", needs: ["narcanned"],
              unless: ["long-ago", "hypothetical", "training-words", "tired-of-life"]),
        .init(category: .overdose, name: "symptoms-after-using", needs: ["recent-use", "self-symptom"], window: 25,
              unless: ["long-ago-only", "hypothetical"]),
        .init(category: .overdose, name: "naloxone-given", needs: ["naloxone-done", "naloxone"], window: 5,
              unless: informational + ["training-words"], despite: ["urgent-strong", "naloxone-again"], never: ["general-question"]),
        .init(category: .overdose, name: "naloxone-again", needs: ["naloxone", "naloxone-again"], window: 12,
              unless: informational + ["training-words", "purposely", "naloxone-asking"], despite: ["urgent-strong"], never: ["general-question"]),
        .init(category: .overdose, name: "naloxone-needed-now", needs: ["need-naloxone-now"], unless: ["now-that", "long-ago"]),
        .init(category: .overdose, name: "too-late-for-naloxone", needs: ["too-late-naloxone"],
              unless: ["ever-question", "long-ago", "death-past", "training-words"]),
        .init(category: .overdose, name: "person-is-blue", needs: ["blue-person"],
              unless: ["long-ago", "death-past", "blue-cross"], despite: ["urgent-strong", "naloxone-in-hand"]),
        .init(category: .overdose, name: "naloxone-urgently", needs: ["naloxone", "urgent-strong"], window: 12,
              unless: ["long-ago", "death-past", "now-that"], never: ["general-question"]),
        .init(category: .overdose, name: "breathing-wrong", needs: ["breath-bad", "breath"], window: 4,
              unless: informational + ["future-question"], despite: ["urgent-strong", "someone-is"]),
        .init(category: .overdose, name: "gurgling", needs: ["gurgle"], unless: informational, despite: ["urgent-strong", "someone-is"]),
        .init(category: .overdose, name: "blue-lips", needs: ["blue", "body"], window: 4,
              unless: informational + ["blue-cross"], despite: ["urgent-strong", "someone-is"]),
        .init(category: .overdose, name: "turning-blue", needs: ["turning", "blue-only"], ordered: true, window: 2,
              unless: informational + ["blue-cross", "general-question"], despite: ["urgent-strong", "someone-is", "naloxone-in-hand"]),
        .init(category: .overdose, name: "pinpoint-pupils", needs: ["pupils", "someone-else-or-self"], window: 12,
              unless: informational + ["chronic-worry"], despite: ["urgent-strong"]),
        .init(category: .overdose, name: "took-too-much", needs: ["took", "too-much"], ordered: true, window: 5,
              unless: informational + ["future-question", "accidental", "plan", "alone-intent", "lethal-question", "pet-or-toddler"],
              despite: ["urgent-strong", "unresponsive", "self-symptom", "time-since"]),

        // MARK: medical emergencies, withdrawal (911)
        .init(category: .medicalEmergency, name: "medical-sign", needs: ["medical-sign"],
              unless: informational + ["future-question", "joking", "fear-death", "desire", "quantity", "lethal-question", "better-off", "general-question"],
              despite: ["urgent-strong", "present-progressive", "own-symptom-now"]),

        // MARK: accidental poisoning (Poison Help)
        .init(category: .poisoning, name: "child-or-pet-swallowed", needs: ["young-or-pet", "ingest", "substance"], window: 12,
              unless: ["safekeeping", "hypothetical", "long-ago", "parent-found"], despite: ["urgent-strong", "just-now"]),
        .init(category: .poisoning, name: "accidental-dose", needs: ["accidental", "took-or-ingest"], window: 14,
              unless: ["safekeeping", "hypothetical", "long-ago", "coded"], despite: ["urgent-strong", "just-now"]),

        // MARK: suicidal thoughts (988)
        .init(category: .suicidal, name: "kill-self", needs: ["kill-self"],
              unless: ["recovered", "long-ago-only"], despite: ["again-now", "self-intent"],
              never: ["survivor-story", "helper-training", "recovered-strong"]),
        .init(category: .suicidal, name: "suicidal-self", needs: ["suicidal-self"],
              unless: ["recovered", "long-ago", "info-about"], despite: ["again-now", "first-person-now"],
              never: ["survivor-story", "helper-training", "recovered-strong"]),
        .init(category: .suicidal, name: "suicide-mention", needs: ["suicide-word"],
              unless: ["recovered", "info-about", "long-ago", "death-past", "fear-death"], despite: ["again-now"],
              never: ["survivor-story", "helper-training"]),
        .init(category: .suicidal, name: "plan-to-end-it", needs: ["plan", "end-it"], ordered: true, window: 6,
              unless: ["fear-death", "treatment-plan", "recovered"]),
        .init(category: .suicidal, name: "plan-to-die", needs: ["plan-or-desire", "death-state"], ordered: true, window: 14,
              unless: ["recovered", "fear-death", "someone-else-dying"], despite: ["self-intent"], never: ["death-idiom", "survivor-story", "helper-training"]),
        .init(category: .suicidal, name: "ending-with-time", needs: ["end-it-strong", "when-final"], window: 10,
              unless: ["fear-death", "someone-else-dying", "hypothetical", "errand", "recovered", "long-ago-only"], despite: ["self-intent"],
              never: ["treatment-plan"]),
        .init(category: .suicidal, name: "doing-it-soon", needs: ["doing-it", "when-final"], window: 7,
              unless: ["fear-death", "hypothetical", "errand", "help-seeking"]),
        .init(category: .suicidal, name: "not-want-to-live", needs: ["negation", "desire-or-plan", "alive-goal"], ordered: true, window: 7,
              unless: ["recovered", "fear-death", "like-this"]),
        .init(category: .suicidal, name: "not-want-to-live-like-this", needs: ["negation", "desire-or-plan", "like-this"], ordered: true, window: 7,
              unless: ["help-seeking"]),
        .init(category: .suicidal, name: "no-point-living", needs: ["no-point", "life"], ordered: true, window: 7,
              unless: ["fear-death", "help-seeking-only"]),
        .init(category: .suicidal, name: "wishing-life-would-stop", needs: ["alive-life", "wish-stop"], window: 12,
              unless: ["withdrawal-words", "fear-death"]),
        .init(category: .suicidal, name: "tired-of-life", needs: ["tired-of-life"], unless: ["fear-death"]),
        .init(category: .suicidal, name: "others-better-off", needs: ["better-off", "absence"], window: 12, unless: ["recovered", "while-away"],
              never: ["survivor-story", "helper-training"]),
        .init(category: .suicidal, name: "burden", needs: ["burden"]),
        .init(category: .suicidal, name: "lethal-amount", needs: ["quantity", "lethal-outcome"], window: 20,
              unless: ["statistic", "reversal", "fear-death"], despite: ["self-intent"]),
        .init(category: .suicidal, name: "how-long-to-die", needs: ["how-long", "death-outcome"], window: 12,
              unless: ["statistic", "fear-death", "withdrawal-words", "hypothetical-harm"]),
        .init(category: .suicidal, name: "could-it-kill-me", needs: ["can-die", "amount"], window: 12,
              unless: ["withdrawal-words", "joking", "fear-death", "hypothetical-harm"]),
        .init(category: .suicidal, name: "lethal-dose", needs: ["lethal-dose"], unless: ["reversal", "safety-question"]),
        .init(category: .suicidal, name: "way-to-die", needs: ["way", "way-out"], window: 10, unless: ["fear-death"]),
        .init(category: .suicidal, name: "painless-way", needs: ["painless-way"], unless: ["withdrawal-words"]),
        .init(category: .suicidal, name: "method", needs: ["method-strong"]),
        .init(category: .suicidal, name: "height-to-fall", needs: ["height-question", "fall-place", "fall-outcome"], window: 16,
              unless: ["errand", "fear-death"]),
        .init(category: .suicidal, name: "planned-big-use", needs: ["plan", "use-drug", "too-much"], ordered: true, window: 14,
              unless: ["future-question", "fear-death", "hypothetical", "long-ago", "help-seeking", "recovered"]),
        .init(category: .suicidal, name: "means-at-hand", needs: ["have-means", "method-weak", "end-it-or-death"], window: 14,
              unless: ["fear-death"]),
        .init(category: .suicidal, name: "coded", needs: ["coded"], unless: ["recovered"], despite: ["again-now", "when-final"],
              never: ["survivor-story", "helper-training"]),
        .init(category: .suicidal, name: "joining-the-dead", needs: ["reunion", "death-past"], window: 20, unless: ["fear-death"]),
        .init(category: .suicidal, name: "risk-taking-alone", needs: ["use-drug-or-naloxone", "risk-taking"], window: 20),
        .init(category: .suicidal, name: "date-set", needs: ["date-set"], unless: ["errand", "help-seeking"]),
        .init(category: .suicidal, name: "rope-and-place", needs: ["method-weak", "hang-place"], window: 14,
              unless: ["errand", "hypothetical"], despite: ["when-final"]),
        .init(category: .suicidal, name: "leaving-for-good", needs: ["exit", "forever"], ordered: true, window: 5,
              unless: ["errand", "help-seeking", "withdrawal-words", "fear-death", "problem-words"]),
        .init(category: .suicidal, name: "ending-event", needs: ["ending-event"], unless: ["errand", "help-seeking", "hypothetical"]),
        .init(category: .suicidal, name: "wishing-for-an-end", needs: ["desire", "accident-wish"], window: 12,
              unless: ["fear-death"]),
        .init(category: .suicidal, name: "using-alone-not-caring", needs: ["alone", "use-drug-or-naloxone", "alone-intent"], window: 16),
        .init(category: .suicidal, name: "not-caring-if-i-wake", needs: ["not-care", "fate"], window: 10),
        .init(category: .suicidal, name: "fatalism", needs: ["fatalism"]),
        .init(category: .suicidal, name: "someone-talking-of-suicide", needs: ["others-suicide-talk"],
              unless: ["recovered", "long-ago-only"], never: ["survivor-story", "helper-training"]),
        .init(category: .suicidal, name: "not-waking-on-purpose", needs: ["wake-wish"], unless: ["fear-death", "worry-self", "hypothetical"],
              despite: ["self-intent", "use-drug"]),
        .init(category: .suicidal, name: "one-last-time", needs: ["last-time", "final-act"], window: 14, unless: ["help-seeking-only"]),

        // MARK: self-harm (988)
        .init(category: .selfHarm, name: "hurting-myself", needs: ["harm-self-act"],
              unless: ["recovered", "accident", "info-about", "long-ago-only", "cut-idiom"],
              despite: ["again-now", "self-intent", "first-person-now", "harm-self-hiding"],
              never: ["not-self-harm"]),

        // MARK: harm to others (911)
        .init(category: .harmToOthers, name: "intent-to-harm", needs: ["harm-intent", "harm-act"], ordered: true, window: 10,
              unless: ["fear-death", "hypothetical-harm", "joking"]),
        .init(category: .harmToOthers, name: "violence-now", needs: ["violence-now"], unless: ["hypothetical-harm", "joking", "long-ago"]),
    ]

    /// Concepts defined as unions of others, or as phrases only rules need.
    static let derived: [String: [String]] = englishDerived.merging(spanishDerived) { english, _ in english }

    static let englishDerived: [String: [String]] = [
        "someone-else-or-self": ["someone-else", "self"],
        "use-drug-or-naloxone": ["use-drug", "naloxone", "took", "overdosed"],
        "plan-or-desire": ["plan", "desire"],
        "desire-or-plan": ["desire", "plan"],
        "end-it-or-death": ["end-it", "death-state", "kill-self"],
        "end-it-strong": ["end-it", "kill-self"],
        "alone-intent": ["not-care", "fatalism", "purposely", "fate"],
        "took-or-ingest": ["took", "ingest"],
    ]
}
