/// Finds the patterns worth trying on a message: each pattern is filed under the words of which
/// at least one must occur for it to match, so most patterns are never run.
struct PatternIndex: Sendable {
    private let postings: [Int32: [Int]]
    private let unanchored: [Int]

    init(_ patterns: [Pattern], concepts: ConceptSet) {
        var postings: [Int32: [Int]] = [:]
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
    func candidates(for tokens: [Int32]) -> [Int] {
        var found = unanchored
        for token in tokens where token >= 0 {
            if let list = postings[token] { found.append(contentsOf: list) }
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for index in found where unique.last != index { unique.append(index) }
        return unique
    }
}
