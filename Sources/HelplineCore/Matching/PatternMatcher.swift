/// Matches a pattern against a whole message by tracking every position the pattern could
/// have reached so far: linear in the pattern's size times the message length, never exponential.
///
/// Positions are a bit set in one machine word; longer messages use a word per 64 positions.
extension Pattern {
    /// Whether the pattern matches all of `tokens`.
    func matches(_ tokens: [Int32], concepts: ConceptSet) -> Bool {
        for group in requirements where !group.contains(where: tokens.contains) { return false }
        var start = Positions(count: tokens.count + 1)
        start.insert(0)
        return advance(nodes, from: start, tokens: tokens, concepts: concepts).contains(tokens.count)
    }

    private func advance(_ nodes: [Node], from positions: Positions, tokens: [Int32], concepts: ConceptSet) -> Positions {
        var current = positions
        for node in nodes {
            current = step(node, from: current, tokens: tokens, concepts: concepts)
            if current.isEmpty { break }
        }
        return current
    }

    private func step(_ node: Node, from positions: Positions, tokens: [Int32], concepts: ConceptSet) -> Positions {
        var next = Positions(count: positions.count)
        switch node {
        case .wildcard:
            if let first = positions.first { next.insertAll(from: first) }
        case .word(let word):
            positions.forEach { index in
                if index < tokens.count, tokens[index] == word { next.insert(index + 1) }
            }
        case .concept(let name):
            let members = (form == .stems ? concepts.stemMembers[name] : concepts.wordMembers[name]) ?? []
            positions.forEach { index in
                for member in members where index + member.count <= tokens.count {
                    if tokens[index..<(index + member.count)].elementsEqual(member) { next.insert(index + member.count) }
                }
            }
        case .choice(let options):
            for option in options {
                next.formUnion(advance(option, from: positions, tokens: tokens, concepts: concepts))
            }
        case .optional(let inner):
            next = positions
            next.formUnion(advance(inner, from: positions, tokens: tokens, concepts: concepts))
        }
        return next
    }

    /// The groups of `requirements`: one per required word, concept or choice at the top level.
    func requiredGroups(concepts: ConceptSet) -> [[Int32]] {
        nodes.compactMap { Self.anchors(of: $0, form: form, concepts: concepts).map { $0.sorted() } }
    }

    /// Tokens of which at least one must occur for the pattern to match; nil when no such set exists.
    func anchorTokens(concepts: ConceptSet) -> Set<Int32>? {
        Self.anchors(ofSequence: nodes, form: form, concepts: concepts)
    }

    private static func anchors(ofSequence nodes: [Node], form: Form, concepts: ConceptSet) -> Set<Int32>? {
        var best: Set<Int32>?
        for node in nodes {
            guard let keys = anchors(of: node, form: form, concepts: concepts) else { continue }
            if best == nil || keys.count < best!.count { best = keys }
        }
        return best
    }

    private static func anchors(of node: Node, form: Form, concepts: ConceptSet) -> Set<Int32>? {
        switch node {
        case .word(let word):
            return [word]
        case .concept(let name):
            let members = (form == .stems ? concepts.stemMembers[name] : concepts.wordMembers[name]) ?? []
            return Set(members.compactMap(\.first))
        case .choice(let options):
            var union: Set<Int32> = []
            for option in options {
                guard let keys = anchors(ofSequence: option, form: form, concepts: concepts) else { return nil }
                union.formUnion(keys)
            }
            return union
        case .wildcard, .optional:
            return nil
        }
    }
}

/// A set of positions 0..<count, one bit each.
struct Positions {
    let count: Int
    private var small: UInt64 = 0
    private var large: [UInt64]?

    init(count: Int) {
        self.count = count
        if count > 64 { large = [UInt64](repeating: 0, count: (count + 63) / 64) }
    }

    var isEmpty: Bool { large?.allSatisfy { $0 == 0 } ?? (small == 0) }

    var first: Int? {
        guard let large else { return small == 0 ? nil : small.trailingZeroBitCount }
        for (index, word) in large.enumerated() where word != 0 { return index * 64 + word.trailingZeroBitCount }
        return nil
    }

    func contains(_ position: Int) -> Bool {
        guard let large else { return small & (1 << UInt64(position)) != 0 }
        return large[position / 64] & (1 << UInt64(position % 64)) != 0
    }

    mutating func insert(_ position: Int) {
        guard position < count else { return }
        if large == nil { small |= 1 << UInt64(position) } else { large![position / 64] |= 1 << UInt64(position % 64) }
    }

    /// Inserts every position from `start` to the end.
    mutating func insertAll(from start: Int) {
        for position in start..<count { insert(position) }
    }

    mutating func formUnion(_ other: Positions) {
        if large == nil { small |= other.small } else { for index in large!.indices { large![index] |= other.large![index] } }
    }

    func forEach(_ body: (Int) -> Void) {
        guard large != nil else {
            var bits = small
            while bits != 0 {
                body(bits.trailingZeroBitCount)
                bits &= bits - 1
            }
            return
        }
        for position in 0..<count where contains(position) { body(position) }
    }
}
