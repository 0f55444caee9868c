/// Accuracy of a responder on labelled messages (`expected<TAB>message[<TAB>anything]`).
public struct Evaluation: Sendable {
    /// One labelled message and what the responder answered.
    public struct Row: Sendable {
        public var expected: String
        public var message: String
        public var predicted: String
        public var confidence: Double
        public var line: Int
    }

    /// Correct and total for one expected intent.
    public struct Tally: Sendable {
        public var correct = 0
        public var total = 0
        public var rate: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    public private(set) var rows: [Row] = []

    /// Reads TSV text; blank lines and lines starting with `#` are skipped.
    public static func parse(_ text: String) throws(EvaluationInputError) -> [(expected: String, message: String, line: Int)] {
        var result: [(String, String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2, !columns[0].isEmpty else {
                throw EvaluationInputError(line: index + 1, message: "expected 'intent<TAB>message', found no tab")
            }
            result.append((String(columns[0]).trimmingCharacters(), String(columns[1]), index + 1))
        }
        return result
    }

    /// Answers every row as the first message of a new conversation.
    public init(responder: Responder, rows labelled: [(expected: String, message: String, line: Int)]) {
        rows = labelled.map { row in
            let reply = responder.reply(to: row.message).reply
            return Row(expected: row.expected, message: row.message, predicted: reply.intent, confidence: reply.confidence, line: row.line)
        }
    }

    public var accuracy: Tally { tally(rows) }
    public var misses: [Row] { rows.filter { $0.expected != $0.predicted } }

    /// Per expected intent, sorted by id.
    public var perIntent: [(intent: String, tally: Tally)] {
        Dictionary(grouping: rows, by: \.expected).map { ($0.key, tally($0.value)) }.sorted { $0.intent < $1.intent }
    }

    /// Share of `crisis` rows answered as a crisis.
    public var crisisRecall: Tally { tally(rows.filter { $0.expected == Reply.BuiltIn.crisis }) }
    /// Rows that are not crises but were answered as one.
    public var falseCrises: [Row] { rows.filter { $0.expected != Reply.BuiltIn.crisis && $0.predicted == Reply.BuiltIn.crisis } }
    /// Share of `fallback` rows that fell back.
    public var fallbackRate: Tally { tally(rows.filter { $0.expected == Reply.BuiltIn.fallback }) }

    /// Accuracy on rows whose expected intent is in `ids`.
    public func accuracy(on ids: Set<String>) -> Tally { tally(rows.filter { ids.contains($0.expected) }) }

    private func tally(_ rows: [Row]) -> Tally {
        Tally(correct: rows.filter { $0.expected == $0.predicted }.count, total: rows.count)
    }
}

/// A line of an evaluation file could not be read.
public struct EvaluationInputError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}
