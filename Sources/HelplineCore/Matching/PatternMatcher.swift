/// Matches a pattern against a whole message by tracking every position the pattern could
/// have reached so far: linear in the pattern's size times the message length, never exponential.
extension Pattern {
    /// Whether the pattern matches all of `tokens`.
    func matches(_ tokens: [String], concepts: ConceptSet) -> Bool {
        var start = [Bool](repeating: false, count: tokens.count + 1)
        start[0] = true
        return advance(nodes, from: start, tokens: tokens, concepts: concepts)[tokens.count]
    }

    private func advance(_ nodes: [Node], from positions: [Bool], tokens: [String], concepts: ConceptSet) -> [Bool] {
        var current = positions
        for node in nodes {
            current = step(node, from: current, tokens: tokens, concepts: concepts)
            if !current.contains(true) { break }
        }
        return current
    }

    private func step(_ node: Node, from positions: [Bool], tokens: [String], concepts: ConceptSet) -> [Bool] {
        var next = [Bool](repeating: false, count: positions.count)
        switch node {
        case .wildcard:
            if let first = positions.firstIndex(of: true) {
                for index in first..<next.count { next[index] = true }
            }
        case .word(let word):
            for index in 0..<tokens.count where positions[index] && tokens[index] == word {
                next[index + 1] = true
            }
        case .concept(let name):
            let members = (form == .stems ? concepts.stemMembers[name] : concepts.wordMembers[name]) ?? []
            for index in 0..<tokens.count where positions[index] {
                for member in members where index + member.count <= tokens.count {
                    if tokens[index..<(index + member.count)].elementsEqual(member) {
                        next[index + member.count] = true
                    }
                }
            }
        case .choice(let options):
            for option in options {
                let reached = advance(option, from: positions, tokens: tokens, concepts: concepts)
                for index in reached.indices where reached[index] { next[index] = true }
            }
        case .optional(let inner):
            next = positions
            let reached = advance(inner, from: positions, tokens: tokens, concepts: concepts)
            for index in reached.indices where reached[index] { next[index] = true }
        }
        return next
    }

    /// Tokens of which at least one must occur for the pattern to match; nil when no such set exists.
    func anchorTokens(concepts: ConceptSet) -> Set<String>? {
        var best: Set<String>?
        for node in nodes {
            guard let keys = Self.anchors(of: node, form: form, concepts: concepts) else { continue }
            if best == nil || keys.count < best!.count { best = keys }
        }
        return best
    }

    private static func anchors(of node: Node, form: Form, concepts: ConceptSet) -> Set<String>? {
        switch node {
        case .word(let word):
            return [word]
        case .concept(let name):
            let members = (form == .stems ? concepts.stemMembers[name] : concepts.wordMembers[name]) ?? []
            return Set(members.compactMap(\.first))
        case .choice(let options):
            var union: Set<String> = []
            for option in options {
                var best: Set<String>?
                for inner in option {
                    guard let keys = anchors(of: inner, form: form, concepts: concepts) else { continue }
                    if best == nil || keys.count < best!.count { best = keys }
                }
                guard let best else { return nil }
                union.formUnion(best)
            }
            return union
        case .wildcard, .optional:
            return nil
        }
    }
}
