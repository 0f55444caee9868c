/// Maps an unknown word to the known word one edit away (two for long words), using
/// precomputed deletions so the cost does not depend on the vocabulary's size.
public struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let frequency: [String: Int]
    private let deletions: [String: [String]]

    /// Words shorter than this are never corrected: too many short words are one edit apart.
    static let minimumLength = 5
    /// Words at least this long may be two edits away.
    static let twoEditLength = 8

    /// - Parameter vocabulary: known words with how often they occur (ties go to the commoner).
    public init(vocabulary: [String: Int]) {
        self.frequency = vocabulary
        self.vocabulary = Set(vocabulary.keys)
        var deletions: [String: [String]] = [:]
        for word in vocabulary.keys where word.count >= Self.minimumLength {
            for variant in Self.deletionVariants(of: word, depth: Self.allowedEdits(word.count)) {
                deletions[variant, default: []].append(word)
            }
        }
        self.deletions = deletions
    }

    static func allowedEdits(_ length: Int) -> Int {
        length >= twoEditLength ? 2 : (length >= minimumLength ? 1 : 0)
    }

    /// The known word nearest to `word`, or nil when `word` is known or nothing is close.
    public func correction(for word: String) -> String? {
        let length = word.count
        guard length >= Self.minimumLength, !vocabulary.contains(word) else { return nil }
        let edits = Self.allowedEdits(length)
        var candidates: Set<String> = []
        for variant in Self.deletionVariants(of: word, depth: edits) {
            if vocabulary.contains(variant), variant.count >= Self.minimumLength { candidates.insert(variant) }
            for known in deletions[variant] ?? [] { candidates.insert(known) }
        }
        let letters = Array(word)
        var best: (word: String, distance: Int, frequency: Int)?
        for candidate in candidates {
            let distance = editDistance(letters, Array(candidate), limit: edits)
            guard distance <= edits else { continue }
            let count = frequency[candidate] ?? 0
            if let current = best,
                (current.distance, -current.frequency, current.word) <= (distance, -count, candidate) {
                continue
            }
            best = (candidate, distance, count)
        }
        return best?.word
    }

    /// The word itself and every form with up to `depth` letters deleted.
    static func deletionVariants(of word: String, depth: Int) -> Set<String> {
        var result: Set<String> = [word]
        var frontier: Set<String> = [word]
        for _ in 0..<depth {
            var next: Set<String> = []
            for item in frontier where item.count > 1 {
                let characters = Array(item)
                for index in characters.indices {
                    var shorter = characters
                    shorter.remove(at: index)
                    next.insert(String(shorter))
                }
            }
            result.formUnion(next)
            frontier = next
        }
        return result
    }
}
