/// Which intents' examples are closer to another intent's than to their own: the pairs staff
/// should keep apart (`helpline check` warns about them).
extension IntentIndex {
    /// One example that sits closer to another intent than to its own.
    public struct Confusion: Sendable {
        public var intent: String
        public var closerTo: String
        public var example: Located<String>
        /// Cosine similarity to the nearest example of its own intent and of the other one.
        public var own: Double
        public var other: Double
    }

    /// For each example, its nearest neighbour among its own intent's other examples and among
    /// every other intent's examples (cosine over the index's weighted features); the examples
    /// whose nearest neighbour belongs to another intent. Quadratic in the examples: for `check`,
    /// not for the request path.
    public func confusions() -> [Confusion] {
        let count = exampleNorm.count
        var result: [Confusion] = []
        for a in 0..<count where exampleNorm[a] > 0 {
            var own = 0.0, other = 0.0, otherIntent = -1
            for b in 0..<count where b != a && exampleNorm[b] > 0 {
                let similarity = dot(a, b) / (exampleNorm[a] * exampleNorm[b])
                if exampleIntent[b] == exampleIntent[a] {
                    own = max(own, similarity)
                } else if similarity > other {
                    other = similarity
                    otherIntent = exampleIntent[b]
                }
            }
            if otherIntent >= 0, other > own {
                result.append(Confusion(
                    intent: intentIDs[exampleIntent[a]], closerTo: intentIDs[otherIntent], example: exampleText[a],
                    own: own, other: other))
            }
        }
        return result
    }

    /// The weighted dot product of two examples' sorted feature lists.
    private func dot(_ a: Int, _ b: Int) -> Double {
        var i = featureStart[a], j = featureStart[b]
        let endA = featureStart[a + 1], endB = featureStart[b + 1]
        var total = 0.0
        while i < endA, j < endB {
            if featureIDs[i] < featureIDs[j] { i += 1 } else if featureIDs[i] > featureIDs[j] { j += 1 } else {
                total += featureWeights[i] * featureWeights[j]
                i += 1
                j += 1
            }
        }
        return total
    }
}
