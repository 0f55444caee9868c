/// A compiled pattern of the small pattern language staff write in intent files:
/// words, `(a|b)` alternation, `[optional]`, `*` for any words, `@concept` from the lexicon.
/// A pattern must match the whole message.
public struct Pattern: Sendable {
    /// Which form of the message the pattern is matched against.
    public enum Form: Sendable {
        /// Stems with typos corrected: topic and small-talk intents.
        case stems
        /// Plain normalised words: crisis rules, where "overdosed" must not match "overdose".
        case words
    }

    indirect enum Node: Sendable, Equatable {
        /// A vocabulary id.
        case word(Int32)
        case wildcard
        case concept(String)
        case choice([[Node]])
        case optional([Node])
    }

    /// The text as the staff member wrote it.
    public let source: String
    public let form: Form
    let nodes: [Node]
    /// Groups of tokens of which the message must hold at least one each; a cheap test
    /// that rules out most patterns before they are walked.
    var requirements: [[Int32]] = []

    /// Required words and concepts: more of them means a more specific pattern.
    public var specificity: Int { Self.required(nodes) }

    /// `* thanks *`: one required word anywhere in the message. A hint, not a match.
    /// Phrases ("give me a call") are matches; a word or two ("thanks", "thank you") are hints.
    public var isKeywordSpot: Bool {
        guard nodes.count == 3, nodes.first == .wildcard, nodes.last == .wildcard else { return false }
        func short(_ node: Node) -> Bool {
            switch node {
            case .word, .concept: true
            case .choice(let options): options.allSatisfy { $0.count <= 2 && $0.allSatisfy(short) }
            case .wildcard, .optional: false
            }
        }
        return short(nodes[1])
    }

    init(source: String, form: Form, nodes: [Node]) {
        self.source = source
        self.form = form
        self.nodes = nodes
    }

    private static func required(_ nodes: [Node]) -> Int {
        nodes.reduce(0) { total, node in
            switch node {
            case .word, .concept: return total + 1
            case .choice(let options): return total + (options.map(required).min() ?? 0)
            case .wildcard, .optional: return total
            }
        }
    }
}

extension Pattern {
    /// Ids of the literal words the pattern uses, for the spelling corrector's vocabulary.
    var literalWords: [Int32] {
        func collect(_ nodes: [Node]) -> [Int32] {
            nodes.flatMap { node -> [Int32] in
                switch node {
                case .word(let word): [word]
                case .choice(let options): options.flatMap(collect)
                case .optional(let inner): collect(inner)
                case .wildcard, .concept: []
                }
            }
        }
        return collect(nodes)
    }
}
