/// Recall and false alarms of crisis detection on a crisis corpus, per kind of message.
public struct CrisisEvaluation: Sendable {
    /// One row and what the responder did with it.
    public struct Outcome: Sendable {
        public var row: CrisisCorpus.Row
        /// The intent the reply answered.
        public var intent: String
        /// Whether the reply was a crisis reply.
        public var flagged: Bool { intent == Reply.BuiltIn.crisis }
        /// For a crisis row: whether its expected number is in the reply's first two lines.
        public var rightNumber: Bool
        /// The rule or pattern that decided, for misses and false alarms.
        public var matched: String?
        public var category: CrisisCategory?
        /// The concepts that fired, when the compiled-in rules decided.
        public var concepts: [String]
        /// For a missed crisis: rules that matched but were cancelled, and by what.
        public var cancelled: [String]

        /// A crisis caught with the right number first, or an ordinary message left alone.
        public var correct: Bool { row.number == nil ? !flagged : (flagged && rightNumber) }
    }

    public private(set) var outcomes: [Outcome] = []

    public init(responder: Responder, corpus: CrisisCorpus) {
        let settings = responder.knowledge.settings
        for row in corpus.crises + corpus.ordinary {
            let reply = responder.reply(to: row.message.value).reply
            let flagged = reply.intent == Reply.BuiltIn.crisis
            let opening = reply.text.split(separator: "\n").prefix(2).joined(separator: "\n")
            let rightNumber = row.number.map { opening.contains($0.phone(in: settings).display) } ?? false
            outcomes.append(Outcome(
                row: row, intent: reply.intent, rightNumber: rightNumber, matched: reply.explanation.matched,
                category: reply.handoff?.crisisCategory, concepts: reply.explanation.concepts ?? [],
                cancelled: flagged || row.number == nil
                    ? [] : Self.missExplanation(row.message.value, responder.knowledge.crisisDetector)))
        }
    }

    /// Crisis rows caught with the right number first.
    public var recall: Evaluation.Tally { tally(outcomes.filter { $0.row.number != nil }) }
    /// Ordinary rows flagged as crises.
    public var falseAlarms: [Outcome] { outcomes.filter { $0.row.number == nil && $0.flagged } }
    public var ordinaryCount: Int { outcomes.filter { $0.row.number == nil }.count }
    public var misses: [Outcome] { outcomes.filter { !$0.correct } }

    /// Correct and total per kind, crisis kinds first, each group sorted by name.
    public var perKind: [(kind: String, crisis: Bool, tally: Evaluation.Tally)] {
        Dictionary(grouping: outcomes, by: { $0.row.kind })
            .map { (kind: $0.key, crisis: $0.value.first?.row.number != nil, tally: tally($0.value)) }
            .sorted { $0.crisis != $1.crisis ? $0.crisis : $0.kind < $1.kind }
    }

    /// The rules an ordinary framing cancelled on a missed crisis, and why the scorer was silent.
    private static func missExplanation(_ message: String, _ detector: CrisisDetector) -> [String] {
        detector.findings(in: message, includeCancelled: true)
            .compactMap { finding in finding.cancelledBy.map { "\(finding.rule) cancelled by \($0)" } }
            + [detector.scorerSilence(in: message)].compactMap { $0 }
    }

    private func tally(_ outcomes: [Outcome]) -> Evaluation.Tally {
        Evaluation.Tally(correct: outcomes.filter(\.correct).count, total: outcomes.count)
    }
}

extension CrisisCorpus {
    /// Reads a corpus file outside an intent folder (`crisis` format: kind, number, message;
    /// otherwise kind, message), reporting problems as diagnostics.
    public static func read(path: String, text: String, crisis: Bool) -> (CrisisCorpus, [Diagnostic]) {
        var corpus = CrisisCorpus()
        var diagnostics: [Diagnostic] = []
        CrisisCorpusReader.read(
            SourceFile(path: path, text: text), name: crisis ? CrisisCorpusReader.crisisFile : CrisisCorpusReader.ordinaryFile,
            into: &corpus, diagnostics: &diagnostics)
        return (corpus, diagnostics)
    }
}
