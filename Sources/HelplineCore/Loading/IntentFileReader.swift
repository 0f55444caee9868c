import Yams

/// What one intent file holds: the intent, plus the crisis file's extra rules.
struct IntentFileContents: Sendable {
    var intent: Intent
    /// Answer's excerpt as written: article id and quote, resolved against articles later.
    var excerptReference: (article: Located<String>, quote: Located<String>)?
    var crisisRules: [(category: CrisisCategory, pattern: Located<String>)] = []
    var notCrisis: [Located<String>] = []
}

/// Reads `intents/<id>.yaml`.
struct IntentFileReader {
    static let keys = [
        "id", "title", "category", "patterns", "examples", "answer", "escalation", "offer_callback",
        "suggestions", "crisis_rules", "not_crisis",
    ]

    static func read(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> IntentFileContents? {
        var reader = YAMLReader(source: source)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let root = reader.root(),
            let fields = reader.mapping(root, allowed: keys, what: "an intent file")
        else { return nil }

        let id = reader.string(fields["id"], "id", in: root)
        let title = reader.string(fields["title"], "title", in: root)
        var category = IntentCategory.topic
        if let node = fields["category"], let text = reader.string(node, "category", in: root) {
            if let value = IntentCategory(rawValue: text) {
                category = value
            } else {
                reader.fail("unknown category '\(text)'", at: node.mark,
                            hint: "use one of: \(IntentCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        var escalation = Escalation.none
        if let node = fields["escalation"], let text = reader.string(node, "escalation", in: root) {
            if let value = Escalation(rawValue: text) {
                escalation = value
            } else {
                reader.fail("unknown escalation '\(text)'", at: node.mark,
                            hint: "use one of: \(Escalation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let answer = readAnswer(fields["answer"], root: root, reader: &reader)
        var contents = IntentFileContents(
            intent: Intent(
                id: id ?? "", title: title ?? "", category: category,
                patterns: reader.strings(fields["patterns"], "patterns"),
                examples: reader.strings(fields["examples"], "examples"),
                answer: answer?.text ?? "", escalation: escalation,
                offerCallback: reader.bool(fields["offer_callback"], "offer_callback") ?? false,
                suggestions: reader.strings(fields["suggestions"], "suggestions").map(\.value),
                location: reader.location(of: root)),
            excerptReference: answer?.excerpt)

        if let node = fields["crisis_rules"] {
            if category != .crisis {
                reader.fail("'crisis_rules' belongs only in the crisis intent", at: node.mark,
                            hint: "set 'category: crisis' or move these rules to crisis.yaml")
            } else if let rules = reader.mapping(
                node, allowed: CrisisCategory.allCases.map(\.rawValue), what: "crisis_rules") {
                for (name, list) in rules.sorted(by: { $0.key < $1.key }) {
                    let category = CrisisCategory(rawValue: name)!
                    for pattern in reader.strings(list, name) {
                        contents.crisisRules.append((category, pattern))
                    }
                }
            }
        }
        if let node = fields["not_crisis"] {
            if category != .crisis {
                reader.fail("'not_crisis' belongs only in the crisis intent", at: node.mark)
            }
            contents.notCrisis = reader.strings(node, "not_crisis")
        }
        if let id, fields["answer"] != nil, answer?.text.trimmingWhitespace().isEmpty ?? false {
            reader.fail("the answer of '\(id)' is empty", at: fields["answer"]?.mark,
                        hint: "write what the assistant should say under answer: text:")
        }
        guard id != nil, title != nil, answer != nil else { return nil }
        return contents
    }

    private static func readAnswer(_ node: Node?, root: Node, reader: inout YAMLReader)
        -> (text: String, excerpt: (article: Located<String>, quote: Located<String>)?)?
    {
        guard let node else {
            reader.fail("missing key 'answer'", at: root.mark, hint: "add 'answer:' with 'text:' (and optionally 'excerpt:')")
            return nil
        }
        guard let fields = reader.mapping(node, allowed: ["text", "excerpt"], what: "answer") else { return nil }
        guard let text = reader.string(fields["text"], "text", in: node) else { return nil }
        guard let excerptNode = fields["excerpt"],
            let excerpt = reader.mapping(excerptNode, allowed: ["article", "quote"], what: "excerpt"),
            let article = reader.string(excerpt["article"], "article", in: excerptNode),
            let quote = reader.string(excerpt["quote"], "quote", in: excerptNode)
        else { return (text, nil) }
        return (text, (Located(article, at: reader.location(of: excerpt["article"]!)),
                       Located(quote, at: reader.location(of: excerpt["quote"]!))))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        collapsingWhitespace()
    }
}
