@testable import HelplineCore

/// The straightforward scorer the pruned `IntentIndex.rank` must agree with: every candidate
/// example scored into an array the size of all examples, one slot per intent. Kept as it
/// was before pruning, so the comparison tests catch any change a visitor could see.
extension IntentIndex {
    func rankExhaustively(_ message: Message, limit: Int = 5) -> [IntentScore] {
        var best = [(score: Double, pattern: Int, example: Int32)](repeating: (0, -1, -1), count: intentIDs.count)
        var touched: [Int] = []
        func offer(_ intent: Int, _ score: Double, pattern: Int = -1, example: Int32 = -1) {
            if best[intent].score == 0 { touched.append(intent) }
            if score > best[intent].score { best[intent] = (score, pattern, example) }
        }
        for (index, entry) in patterns.enumerated() where entry.pattern.matches(message.analyzed.stemIDs, concepts: concepts) {
            offer(patternIntents[index], Self.patternScore(entry.pattern), pattern: index)
        }
        for (example, score) in scoreAllExamples(message) {
            offer(exampleIntent[Int(example)], score, example: example)
        }
        let ranked = touched.sorted {
            best[$0].score != best[$1].score ? best[$0].score > best[$1].score : intentIDs[$0] < intentIDs[$1]
        }
        return ranked.prefix(limit).map { intent in
            let evidence = best[intent]
            if evidence.pattern >= 0 {
                let entry = patterns[evidence.pattern]
                return IntentScore(
                    intent: intentIDs[intent], score: evidence.score, evidence: entry.pattern.source,
                    evidenceLocation: entry.location, byPattern: true)
            }
            let text = exampleText[Int(evidence.example)]
            return IntentScore(
                intent: intentIDs[intent], score: evidence.score, evidence: text.value,
                evidenceLocation: text.location, byPattern: false)
        }
    }

    private func scoreAllExamples(_ message: Message) -> [(Int32, Double)] {
        var rare: [(id: Int32, weight: Double)] = []
        var common: [(id: Int32, weight: Double)] = []
        var messageNorm = Double(message.unknownFeatures) * unknownIDF * unknownIDF
        for id in message.features {
            let known = Int(id) < idf.count && idf[Int(id)] >= 0
            let weight = Self.weight(known ? idf[Int(id)] : unknownIDF, stopword: id < stopwordCount)
            messageNorm += weight * weight
            guard known else { continue }
            if isCommon[Int(id)] { common.append((id, weight)) } else { rare.append((id, weight)) }
        }
        messageNorm = messageNorm.squareRoot()
        guard messageNorm > 0 else { return [] }

        var dot = [Double](repeating: 0, count: exampleNorm.count)
        var touched: [Int32] = []
        for feature in rare {
            for index in postings[Int(feature.id)] {
                if dot[Int(index)] == 0 { touched.append(index) }
                dot[Int(index)] += feature.weight * feature.weight
            }
        }
        if touched.isEmpty {
            var seen = Set<Int32>()
            for feature in common where feature.id >= stopwordCount {
                for index in postings[Int(feature.id)] where seen.insert(index).inserted { touched.append(index) }
            }
        }
        if touched.isEmpty { touched = commonOnly }

        var bestByIntent: [(example: Int32, score: Double)] = []
        var slot = [Int](repeating: -1, count: intentIDs.count)
        for index in touched {
            let example = Int(index)
            var total = dot[example]
            var own = featureStart[example]
            let end = featureStart[example + 1]
            var next = 0
            while own < end, next < common.count {
                if featureIDs[own] < common[next].id {
                    own += 1
                } else if featureIDs[own] > common[next].id {
                    next += 1
                } else {
                    total += featureWeights[own] * common[next].weight
                    own += 1
                    next += 1
                }
            }
            let score = min(Self.similarity(total, messageNorm: messageNorm, exampleNorm: exampleNorm[example]), 1) * Self.exampleCeiling
            guard score > 0 else { continue }
            let intent = exampleIntent[example]
            if slot[intent] < 0 {
                slot[intent] = bestByIntent.count
                bestByIntent.append((index, score))
            } else if bestByIntent[slot[intent]].score < score {
                bestByIntent[slot[intent]] = (index, score)
            }
        }
        return bestByIntent.map { ($0.example, $0.score) }
    }
}
