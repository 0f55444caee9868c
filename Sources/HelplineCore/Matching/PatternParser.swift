/// Reads pattern text into a `Pattern`, reporting the column of any mistake.
struct PatternParser {
    /// A mistake in a pattern, with its 0-based offset in the pattern text.
    struct Failure: Error, Sendable {
        var message: String
        var offset: Int
        var hint: String?
    }

    let analyzer: TextAnalyzer
    let concepts: ConceptSet

    /// How deep `( )` and `[ ]` may nest. The parser (and the matcher after it) recurse once a
    /// level; without a bound, a pattern of thousands of `(a|` overflowed the stack and killed
    /// the process, a running server on reload included (found by the fuzz test).
    static let maximumNesting = 16

    /// Parses `source`, adding its words to `vocabulary`.
    func parse(_ source: String, form: Pattern.Form, vocabulary: inout Vocabulary) throws(Failure) -> Pattern {
        var reader = Reader(characters: Array(source))
        let nodes = try sequence(&reader, form: form, closing: nil, depth: 0, vocabulary: &vocabulary)
        if reader.offset < reader.characters.count {
            throw Failure(message: "unexpected '\(reader.characters[reader.offset])'", offset: reader.offset,
                          hint: "brackets must be balanced: ( ... | ... ) and [ ... ]")
        }
        var pattern = Pattern(source: source, form: form, nodes: nodes)
        pattern.requirements = pattern.requiredGroups(concepts: concepts)
        if pattern.specificity == 0 {
            throw Failure(message: "pattern has no required word", offset: 0,
                          hint: "a pattern needs at least one word or @concept outside [ ] so it cannot match everything")
        }
        return pattern
    }

    private struct Reader {
        let characters: [Character]
        var offset = 0
        var current: Character? { offset < characters.count ? characters[offset] : nil }
    }

    private func sequence(
        _ reader: inout Reader, form: Pattern.Form, closing: Set<Character>?, depth: Int, vocabulary: inout Vocabulary
    ) throws(Failure) -> [Pattern.Node] {
        var nodes: [Pattern.Node] = []
        while let character = reader.current {
            if let closing, closing.contains(character) { return nodes }
            if character == "(" || character == "[", depth == Self.maximumNesting {
                throw Failure(message: "brackets nested more than \(Self.maximumNesting) deep", offset: reader.offset,
                              hint: "write the pattern flatter, or as two patterns")
            }
            switch character {
            case " ", "\t":
                reader.offset += 1
            case "*":
                reader.offset += 1
                if nodes.last != .wildcard { nodes.append(.wildcard) }
            case "(":
                let start = reader.offset
                reader.offset += 1
                var options: [[Pattern.Node]] = []
                while true {
                    let option = try sequence(&reader, form: form, closing: ["|", ")"], depth: depth + 1, vocabulary: &vocabulary)
                    if option.isEmpty {
                        throw Failure(message: "empty alternative", offset: reader.offset,
                                      hint: "use [optional words] for something that may be left out")
                    }
                    options.append(option)
                    guard let next = reader.current else {
                        throw Failure(message: "'(' is never closed", offset: start, hint: "add ')'")
                    }
                    reader.offset += 1
                    if next == ")" { break }
                }
                nodes.append(.choice(options))
            case "[":
                // [a|b] is an optional choice: one of a or b, or nothing.
                let start = reader.offset
                reader.offset += 1
                var options: [[Pattern.Node]] = []
                while true {
                    let option = try sequence(&reader, form: form, closing: ["|", "]"], depth: depth + 1, vocabulary: &vocabulary)
                    if option.isEmpty { throw Failure(message: "empty [ ]", offset: start, hint: "remove it") }
                    options.append(option)
                    guard let next = reader.current else {
                        throw Failure(message: "'[' is never closed", offset: start, hint: "add ']'")
                    }
                    reader.offset += 1
                    if next == "]" { break }
                }
                nodes.append(.optional(options.count == 1 ? options[0] : [.choice(options)]))
            case ")", "]", "|":
                throw Failure(message: "unexpected '\(character)'", offset: reader.offset,
                              hint: "brackets must be balanced: ( ... | ... ) and [ ... ]")
            default:
                let start = reader.offset
                var text = ""
                while let c = reader.current, !" \t*()[]|".contains(c) {
                    text.append(c)
                    reader.offset += 1
                }
                nodes.append(contentsOf: try words(text, offset: start, form: form, vocabulary: &vocabulary))
            }
        }
        return nodes
    }

    private func words(
        _ text: String, offset: Int, form: Pattern.Form, vocabulary: inout Vocabulary
    ) throws(Failure) -> [Pattern.Node] {
        if text.hasPrefix("@") {
            let name = String(text.dropFirst())
            guard concepts.contains(name) else {
                let hint = closest(to: name, in: concepts.names).map { "did you mean '@\($0)'? " } ?? ""
                throw Failure(message: "unknown concept '@\(name)'", offset: offset,
                              hint: hint + "concepts are defined in intents/lexicon.yaml")
            }
            return [.concept(name)]
        }
        let words = analyzer.normalizer.words(text)
        guard !words.isEmpty else {
            throw Failure(message: "'\(text)' contains no letters or digits", offset: offset, hint: nil)
        }
        return words.map { .word(vocabulary.intern(form == .stems ? analyzer.stemmer.stem($0) : $0)) }
    }
}
