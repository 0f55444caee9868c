/// Finds the patterns worth trying on a message: each pattern is filed under the words of which
/// at least one must occur for it to match, so most patterns are never run.
struct PatternIndex: Sendable {
    private let postings: [String: [Int]]
    private let unanchored: [Int]

    init(_ patterns: [Pattern], concepts: ConceptSet) {
        var postings: [String: [Int]] = [:]
        var unanchored: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            if let anchors = pattern.anchorTokens(concepts: concepts) {
                for token in anchors { postings[token, default: []].append(index) }
            } else {
                unanchored.append(index)
            }
        }
        self.postings = postings
        self.unanchored = unanchored
    }

    /// Indexes of the patterns that may match `tokens`, in ascending order.
    func candidates(for tokens: [String]) -> [Int] {
        var found = Set(unanchored)
        for token in tokens { if let list = postings[token] { found.formUnion(list) } }
        return found.sorted()
    }
}
