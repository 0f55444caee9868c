import Foundation

/// A multinomial logistic regression over string features (stems, stem pairs, concepts), trained
/// by a fixed-seed stochastic gradient descent: the same examples always give the same weights.
///
/// Two uses: topic intents, trained from the intent files' examples when they load, recognise
/// paraphrases the example similarity misses ("on my phone or computer" for virtual sessions);
/// and the crisis floor's learned backstop (`CrisisScorer`). A classifier always picks *some*
/// class, even for "order a pizza": callers decide separately whether a message is in scope.
public struct LinearClassifier: Sendable {
    private let labels: [String]
    private let featureRows: [String: Int32]
    /// Row-major: feature × intent.
    private let weights: [Float]
    private let bias: [Float]

    /// Above this many classes training is skipped (its cost grows with intents × examples);
    /// the example index alone then ranks, as before.
    public static let maximumClasses = 300
    static let epochs = 30
    static let learningRate: Float = 0.4
    static let l2: Float = 1e-4

    /// - Parameter examples: per example, its class's position in `labels` and its features.
    init?(labels: [String], examples: [(intent: Int, features: [String])]) {
        guard labels.count >= 2, labels.count <= Self.maximumClasses, !examples.isEmpty else { return nil }
        var rows: [String: Int32] = [:]
        let encoded = examples.map { example in
            (example.intent, Array(Set(example.features.map { feature -> Int32 in
                if let row = rows[feature] { return row }
                let row = Int32(rows.count)
                rows[feature] = row
                return row
            })).sorted())
        }
        let classes = labels.count
        var weights = [Float](repeating: 0, count: rows.count * classes)
        var bias = [Float](repeating: 0, count: classes)
        var order = Array(encoded.indices)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var scores = [Float](repeating: 0, count: classes)
        for epoch in 0..<Self.epochs {
            // A fixed-seed shuffle: the same files always train the same weights.
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
            }
            let rate = Self.learningRate / (1 + Float(epoch) * 0.1)
            for index in order {
                let (target, features) = encoded[index]
                Self.logits(features, weights: weights, bias: bias, classes: classes, into: &scores)
                Self.softmax(&scores)
                let scale = rate / Float(max(1, features.count)).squareRoot()
                for c in 0..<classes {
                    let gradient = scores[c] - (c == target ? 1 : 0)
                    bias[c] -= rate * gradient
                    for feature in features {
                        let at = Int(feature) * classes + c
                        weights[at] -= scale * gradient + rate * Self.l2 * weights[at]
                    }
                }
            }
        }
        self.labels = labels
        self.featureRows = rows
        self.weights = weights
        self.bias = bias
    }

    /// The most likely class and its probability, or nil when no feature is known.
    public func predict(_ features: [String]) -> (intent: String, probability: Double)? {
        guard let scores = probabilities(features), let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return nil }
        return (labels[best], Double(scores[best]))
    }

    /// Every class's probability, in the order the classes were given; nil when no feature is known.
    func probabilities(_ features: [String]) -> [Float]? {
        let known = Array(Set(features.compactMap { featureRows[$0] }))
        guard !known.isEmpty else { return nil }
        var scores = [Float](repeating: 0, count: labels.count)
        Self.logits(known, weights: weights, bias: bias, classes: labels.count, into: &scores)
        Self.softmax(&scores)
        return scores
    }

    /// The known features that push most towards `label`, strongest first: why it was chosen.
    func strongestFeatures(_ features: [String], towards label: String, limit: Int) -> [String] {
        guard let target = labels.firstIndex(of: label) else { return [] }
        let classes = labels.count
        return Set(features).compactMap { feature -> (String, Float)? in
            guard let row = featureRows[feature] else { return nil }
            let weight = weights[Int(row) * classes + target]
            return weight > 0 ? (feature, weight) : nil
        }
        .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        .prefix(limit).map(\.0)
    }

    /// Features of a text as stems: each stem, each pair of neighbours, each concept.
    static func features(stems: [String], concepts: [String]) -> [String] {
        var result = stems.map { "w:" + $0 }
        if stems.count > 1 { for i in 1..<stems.count { result.append("b:" + stems[i - 1] + " " + stems[i]) } }
        result += concepts.map { "c:" + $0 }
        return result
    }

    private static func logits(_ features: [Int32], weights: [Float], bias: [Float], classes: Int, into scores: inout [Float]) {
        let scale = 1 / Float(max(1, features.count)).squareRoot()
        for c in 0..<classes { scores[c] = bias[c] }
        for feature in features {
            let base = Int(feature) * classes
            for c in 0..<classes { scores[c] += weights[base + c] * scale }
        }
    }

    private static func softmax(_ scores: inout [Float]) {
        let top = scores.max() ?? 0
        var total: Float = 0
        for i in scores.indices {
            scores[i] = expf(scores[i] - top)
            total += scores[i]
        }
        for i in scores.indices { scores[i] /= total }
    }
}
