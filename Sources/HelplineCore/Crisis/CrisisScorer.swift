import Foundation

/// The learned backstop of the crisis floor: a logistic regression over the words, word pairs and
/// concepts of a message, trained once per process on a frozen, compiled-in set of crisis and
/// ordinary messages (`Training/`). It speaks only when no rule did, and only when it is sure, so
/// wording no rule names ("knockin on heavens door") can still reach the right number.
///
/// Its training set ships with the program, not in `intents/`: no edit of the intent files can
/// weaken it.
struct CrisisScorer: Sendable {
    private let classifier: LinearClassifier

    /// A crisis category must be at least this likely. Chosen on the held-out sets: with the
    /// visitor-written sets of holdout-7 and -8 in training, 0.80 down to 0.70 raised recall on the
    /// unseen holdout-9 (90.5% to 91.5%) and flagged no more ordinary messages anywhere; below 0.70
    /// general-assistant queries began to be flagged.
    static let threshold = 0.70
    /// Where a rule matched and an ordinary framing cancelled it, the scorer must be surer still.
    static let overruleThreshold = 0.95
    static let ordinary = "ordinary"
    /// Concepts of which at least one must occur for the scorer to speak: the ones that only
    /// crisis messages use. Generic ones (amounts, times, "i", "not") are not evidence alone:
    /// "how many push ups have i done today" has them all.
    static let evidence: Set<String> = [
        "c:kill-self", "c:suicide-word", "c:suicidal-self", "c:death-state", "c:end-it", "c:coded", "c:burden",
        "c:lethal-dose", "c:lethal-outcome", "c:method-strong", "c:method-weak", "c:harm-self-act", "c:violence-now",
        "c:harm-act", "c:unresponsive", "c:overdosed", "c:overdosing", "c:naloxone", "c:breath", "c:gurgle",
        "c:medical-sign", "c:substance", "c:accidental", "c:not-care", "c:fatalism", "c:last-time", "c:tired-of-life",
        "c:no-point", "c:absence", "c:wake-fail", "c:not-responding", "c:out", "c:dying-now", "c:self-symptom",
        "c:recent-use", "c:exit", "c:forever", "c:ending-event", "c:accident-wish", "c:reunion", "c:risk-taking",
        "c:painless-way", "c:can-die", "c:death-outcome", "c:way-out", "c:wish-stop", "c:date-set", "c:narcanned",
        "c:trying-to-wake", "c:use-drug",
    ]

    /// Below ``sureThreshold`` one of these must occur too: words that name death, harm, an
    /// overdose or a drug, not only an ending, a time, an absence or taking something ("the last
    /// time my car got looked at", "take all my money out and close the account", "let me know
    /// when you have finished it").
    static let strongEvidence: Set<String> = [
        "c:kill-self", "c:suicide-word", "c:suicidal-self", "c:death-state", "c:burden",
        "c:lethal-dose", "c:lethal-outcome", "c:method-strong", "c:harm-self-act", "c:violence-now", "c:harm-act",
        "c:unresponsive", "c:overdosed", "c:overdosing", "c:naloxone", "c:breath", "c:gurgle", "c:medical-sign",
        "c:substance", "c:accidental", "c:not-care", "c:tired-of-life", "c:no-point", "c:wake-fail",
        "c:not-responding", "c:dying-now", "c:painless-way", "c:can-die", "c:death-outcome", "c:narcanned",
        "c:trying-to-wake", "c:wish-stop",
    ]
    /// At or above this, any concept of ``evidence`` is enough.
    static let sureThreshold = 0.95

    /// Concepts in whose presence the scorer stays silent: idioms and jokes.
    static let silencedBy = ["fear-death", "joking"]
    /// Spanish framings that silence it too. It was trained on English only: on Spanish words it
    /// knows nothing but a drug's name ("¿cómo uso narcan?"), so it also stays silent on any
    /// message that reads as Spanish (the Spanish rules speak there).
    static let spanishSilencers = ["es-hypothetical", "es-info-question", "es-fear-death", "es-joking", "es-death-idiom", "es-long-ago"]
    static let labels = [ordinary] + CrisisCategory.allCases.map(\.rawValue)

    /// Trained on first use from the bundled training set (`crisis*.tsv`, `ordinary*.tsv`); nil when
    /// it cannot be read.
    static let shared: CrisisScorer? = {
        guard let folder = Bundle.module.url(forResource: "Training", withExtension: nil),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return nil }
        func read(_ prefix: String) -> String {
            names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".tsv") }.sorted()
                .compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
                .joined(separator: "\n")
        }
        return CrisisScorer(crises: read("crisis"), ordinary: read("ordinary"))
    }()

    init?(crises: String, ordinary: String) {
        let reader = CrisisDetector(useScorer: false)
        var examples: [(intent: Int, features: [String])] = []
        let (crisisRows, _) = CrisisCorpus.read(path: "crisis.tsv", text: crises, crisis: true)
        let (ordinaryRows, _) = CrisisCorpus.read(path: "ordinary.tsv", text: ordinary, crisis: false)
        for row in crisisRows.crises {
            guard let number = row.number, let label = Self.labels.firstIndex(of: Self.category(kind: row.kind, number: number).rawValue)
            else { continue }
            examples.append((label, reader.scorerFeatures(reader.analyze(row.message.value))))
        }
        for row in ordinaryRows.ordinary {
            examples.append((0, reader.scorerFeatures(reader.analyze(row.message.value))))
        }
        guard let classifier = LinearClassifier(labels: Self.labels, examples: examples) else { return nil }
        self.classifier = classifier
    }

    /// The category the number stands for; the kind separates the categories that share one.
    static func category(kind: String, number: CrisisCorpus.ExpectedNumber) -> CrisisCategory {
        switch number {
        case .poisonHelp: .poisoning
        case .crisisLine: kind == "self-harm" ? .selfHarm : .suicidal
        case .emergency:
            switch kind {
            case "harm-others": .harmToOthers
            case "withdrawal-emergency": .medicalEmergency
            default: .overdose
            }
        }
    }

    /// How likely the message is a crisis of any category: one minus the ordinary label's
    /// probability. (The most likely category alone understates it when a message reads as both
    /// suicidal and self-harm, say.)
    func probability(_ features: [String]) -> Double? {
        classifier.probabilities(features).map { 1 - Double($0[0]) }
    }

    /// A finding when some crisis category is likely enough, explained by the features that
    /// pushed towards it most.
    func finding(_ features: [String], threshold: Double = Self.threshold) -> CrisisFinding? {
        guard features.contains(where: Self.evidence.contains), let probabilities = classifier.probabilities(features) else { return nil }
        let crisis = probabilities.indices.dropFirst().max { probabilities[$0] < probabilities[$1] } ?? 1
        let p = 1 - Double(probabilities[0])
        guard p >= threshold, let category = CrisisCategory(rawValue: Self.labels[crisis]) else { return nil }
        if p < Self.sureThreshold, !features.contains(where: Self.strongEvidence.contains) { return nil }
        // Poison Help is for something swallowed that can poison: a pet that ate a credit card is not.
        if category == .poisoning, !features.contains(where: { $0 == "c:substance" || $0 == "c:accidental" }) { return nil }
        let why = classifier.strongestFeatures(features, towards: Self.labels[crisis], limit: 4)
        return CrisisFinding(
            category: category, rule: "learned-scorer",
            concepts: ["p(crisis) = " + String(format: "%.2f", 1 - probabilities[0]),
                       "p(\(category.rawValue)) = " + String(format: "%.2f", probabilities[crisis])] + why)
    }
}
