/// Example scoring that visits only the examples that can reach the top of a ranking.
///
/// The candidates are the examples sharing a rare feature with the message; only when there
/// is none, those sharing a common word; only when there is none either, the examples made of
/// common words alone ("how are you"). The message's features that bring candidates in (its
/// "drivers") are visited rarest first, and the scan stops once what the remaining ones could
/// add cannot lift a new example above the last intent it keeps. Every candidate it does
/// visit is scored exactly as a scan of all of them would, in the same order of additions,
/// so scores agree to the bit.
extension IntentIndex {
    /// A message feature the scorer reads: its weight, and when it brings candidates in, its
    /// place in the rarest-first visit (`Int32.max` when it does not).
    struct MessageFeature {
        var id: Int32
        var weight: Double
        var visit: Int32 = .max
    }

    /// The best-scoring example of each of the `count` best intents outside `excluded`,
    /// best first.
    func bestExamples(_ message: Message, count: Int, excluding excluded: [Int]) -> [TopIntents.Entry] {
        guard count > 0 else { return [] }
        var rare: [MessageFeature] = []
        var common: [MessageFeature] = []
        var squares = Double(message.unknownFeatures) * unknownIDF * unknownIDF
        // What the known features together could add to an example's dot product.
        var reach = 0.0
        for id in message.features {
            let known = Int(id) < idf.count && idf[Int(id)] >= 0
            let weight = Self.weight(known ? idf[Int(id)] : unknownIDF, stopword: id < stopwordCount)
            squares += weight * weight
            guard known else { continue }
            reach += weight * weight
            if isCommon[Int(id)] { common.append(MessageFeature(id: id, weight: weight)) } else { rare.append(MessageFeature(id: id, weight: weight)) }
        }
        let messageNorm = squares.squareRoot()
        guard messageNorm > 0 else { return [] }

        var top = TopIntents(capacity: count, intentIDs: intentIDs)
        func consider(_ example: Int32, visit: Int32) {
            let intent = exampleIntent[Int(example)]
            guard !excluded.contains(intent) else { return }
            let match = self.match(example, rare: rare, common: common)
            // An example sharing a driver visited earlier was scored then.
            guard match.firstVisit >= visit else { return }
            let score = min(Self.similarity(match.dot, messageNorm: messageNorm, exampleNorm: exampleNorm[Int(example)]), 1) * Self.exampleCeiling
            guard score > 0 else { return }
            top.offer(.init(intent: intent, score: score, example: example, tie: (match.firstDriver, example)))
        }

        let drivers = rare.isEmpty ? Self.mark(&common, postings: postings, where: { $0 >= stopwordCount }) : Self.mark(&rare, postings: postings, where: { _ in true })
        guard !drivers.isEmpty else {
            for example in commonOnly { consider(example, visit: 0) }
            return top.entries
        }
        // An example no visited driver brought in shares none of them: `reach` less their
        // squares bounds its dot product.
        for (visit, driver) in drivers.enumerated() {
            if let bar = top.bar, Self.ceiling(dot: reach, squaredMessageNorm: squares) + Self.pruningSlack < bar { break }
            for example in postings[Int(driver.id)] { consider(example, visit: Int32(visit)) }
            reach -= driver.weight * driver.weight
        }
        return top.entries
    }

    /// Allowance for rounding when comparing the ceiling with a computed score.
    static let pruningSlack = 1e-9

    /// The highest score an example can reach whose dot product with the message is at most
    /// `dot`. Its dot is also at most its own squared norm (it shares only its own features),
    /// and the F-measure (1 + β²)·dot / (β²·example² + message²) peaks where the two meet.
    static func ceiling(dot: Double, squaredMessageNorm: Double) -> Double {
        let beta2 = similarityBeta * similarityBeta
        return min((1 + beta2) * dot / (beta2 * dot + squaredMessageNorm), 1) * exampleCeiling
    }

    /// Numbers the features that pass `drives` in rarest-first order (shortest postings, then
    /// id) and returns them in that order.
    private static func mark(_ features: inout [MessageFeature], postings: [[Int32]], where drives: (Int32) -> Bool) -> [MessageFeature] {
        var order = features.indices.filter { drives(features[$0].id) }
        order.sort { a, b in
            let (x, y) = (postings[Int(features[a].id)].count, postings[Int(features[b].id)].count)
            return x != y ? x < y : features[a].id < features[b].id
        }
        for (visit, position) in order.enumerated() { features[position].visit = Int32(visit) }
        return order.map { features[$0] }
    }

    /// The example's dot product with the message, adding the rare features and then the
    /// common ones, each in id order (the order the exhaustive scan used); the earliest visit
    /// among the drivers it shares, and the smallest id among them.
    private func match(_ example: Int32, rare: [MessageFeature], common: [MessageFeature]) -> (dot: Double, firstVisit: Int32, firstDriver: Int32) {
        var result = (dot: 0.0, firstVisit: Int32.max, firstDriver: Int32.max)
        let range = featureStart[Int(example)] ..< featureStart[Int(example) + 1]
        featureIDs.withUnsafeBufferPointer { ids in
            featureWeights.withUnsafeBufferPointer { weights in
                Self.add(rare, to: &result, ids: ids, weights: weights, range: range)
                Self.add(common, to: &result, ids: ids, weights: weights, range: range)
            }
        }
        return result
    }

    /// One merge of two id-sorted lists. The message and the example weigh a feature alike
    /// (both from this index's IDF), so the product is the square the exhaustive scan added.
    private static func add(
        _ list: [MessageFeature], to result: inout (dot: Double, firstVisit: Int32, firstDriver: Int32),
        ids: UnsafeBufferPointer<Int32>, weights: UnsafeBufferPointer<Double>, range: Range<Int>
    ) {
        var own = range.lowerBound
        var next = 0
        while own < range.upperBound, next < list.count {
            let feature = list[next]
            if ids[own] < feature.id {
                own += 1
            } else if ids[own] > feature.id {
                next += 1
            } else {
                result.dot += weights[own] * feature.weight
                if feature.visit != .max {
                    result.firstVisit = min(result.firstVisit, feature.visit)
                    result.firstDriver = min(result.firstDriver, feature.id)
                }
                own += 1
                next += 1
            }
        }
    }
}
