/// Maps an unknown word to the known word one edit away (two for long words), using
/// precomputed deletions so the cost does not depend on the vocabulary's size.
///
/// Deletion variants are kept as 64-bit hashes of their bytes, not as strings: a message
/// word's variants are hashed without allocating, and every candidate is verified by its
/// real edit distance, so a hash collision can only cost time.
public struct SpellingCorrector: Sendable {
    private let words: [[UInt8]]
    private let frequency: [Int]
    private let known: Set<String>
    private let deletions: [UInt64: [Int32]]
    private let minimumLength: Int
    private let twoEditLength: Int

    /// Words shorter than this are never corrected: too many short words are one edit apart.
    public static let minimumLength = 5
    /// Words at least this long may be two edits away.
    public static let twoEditLength = 8
    /// Longer "words" (pasted links, keyboard mashing) are never corrected: the work grows
    /// with the cube of the length.
    static let maximumLength = 24

    /// - Parameters:
    ///   - vocabulary: known words with how often they occur (ties go to the commoner).
    ///   - minimumLength: shorter words are never corrected.
    ///   - twoEditLength: words at least this long may be two edits away.
    public init(vocabulary: [String: Int], minimumLength: Int = Self.minimumLength, twoEditLength: Int = Self.twoEditLength) {
        self.minimumLength = minimumLength
        self.twoEditLength = twoEditLength
        var words: [[UInt8]] = []
        var frequency: [Int] = []
        var deletions: [UInt64: [Int32]] = [:]
        for (word, count) in vocabulary.sorted(by: { $0.key < $1.key }) where word.utf8.count >= minimumLength {
            let bytes = Array(word.utf8)
            let index = Int32(words.count)
            words.append(bytes)
            frequency.append(count)
            Self.forEachVariant(of: bytes, depth: Self.allowedEdits(bytes.count, minimum: minimumLength, twoEdits: twoEditLength)) { hash in
                deletions[hash, default: []].append(index)
            }
        }
        self.words = words
        self.frequency = frequency
        self.known = Set(vocabulary.keys)
        self.deletions = deletions
    }

    static func allowedEdits(_ length: Int, minimum: Int, twoEdits: Int) -> Int {
        length >= twoEdits ? 2 : (length >= minimum ? 1 : 0)
    }

    /// The known word nearest to `word`, or nil when `word` is known or nothing is close.
    public func correction(for word: String) -> String? {
        let letters = Array(word.utf8)
        guard letters.count >= minimumLength, letters.count <= Self.maximumLength, !known.contains(word) else { return nil }
        let edits = Self.allowedEdits(letters.count, minimum: minimumLength, twoEdits: twoEditLength)
        var candidates: [Int32] = []
        Self.forEachVariant(of: letters, depth: edits) { hash in
            if let list = deletions[hash] { candidates.append(contentsOf: list) }
        }
        var best: (index: Int32, distance: Int)?
        for index in Set(candidates) {
            let distance = editDistance(letters, words[Int(index)], limit: edits)
            guard distance <= edits else { continue }
            if let current = best {
                let better = distance < current.distance
                    || (distance == current.distance && frequency[Int(index)] > frequency[Int(current.index)])
                    || (distance == current.distance && frequency[Int(index)] == frequency[Int(current.index)] && index < current.index)
                if !better { continue }
            }
            best = (index, distance)
        }
        return best.map { String(decoding: words[Int($0.index)], as: UTF8.self) }
    }

    /// Calls `body` with the hash of the word and of each form with up to `depth` (at most 2)
    /// bytes deleted. A form may be reported more than once.
    static func forEachVariant(of bytes: [UInt8], depth: Int, _ body: (UInt64) -> Void) {
        body(hash(bytes, skipping: -1, -1))
        guard depth >= 1 else { return }
        for i in bytes.indices {
            body(hash(bytes, skipping: i, -1))
            guard depth >= 2 else { continue }
            for j in (i + 1)..<bytes.count { body(hash(bytes, skipping: i, j)) }
        }
    }

    /// FNV-1a over the bytes, leaving out the ones at `first` and `second`.
    private static func hash(_ bytes: [UInt8], skipping first: Int, _ second: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in bytes.indices where index != first && index != second {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return hash
    }
}
