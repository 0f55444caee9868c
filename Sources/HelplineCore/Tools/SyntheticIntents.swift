import Foundation

/// Writes an intent folder with many made-up intents beside the shipped ones, to measure how
/// matching cost grows with the number of intents.
public struct SyntheticIntents: Sendable {
    public let count: Int
    public let seed: UInt64

    public init(count: Int, seed: UInt64 = 42) {
        self.count = count
        self.seed = seed
    }

    /// Copies `shipped` into `destination` and adds `count` generated intent files.
    /// Returns some generated messages that should match generated intents.
    public func write(from shipped: String, to destination: String) throws -> [String] {
        let manager = FileManager.default
        try? manager.removeItem(atPath: destination)
        try manager.copyItem(atPath: shipped, toPath: destination)
        try? manager.removeItem(atPath: (destination as NSString).appendingPathComponent("tests"))
        var random = SplitMix64(seed: seed)
        let vocabulary = (0..<max(2000, count / 2)).map { _ in Self.word(&random) }
        let fillers = ["how", "do", "i", "what", "is", "the", "can", "you", "about", "my", "for", "with"]
        var queries: [String] = []
        for index in 0..<count {
            let topic = (0..<3).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            var examples: [String] = []
            for _ in 0..<4 {
                let extra = (0..<2).map { _ in fillers[Int(random.next() % UInt64(fillers.count))] }
                examples.append((extra + topic.shuffled(using: &random).prefix(2)).joined(separator: " "))
            }
            if index % 10 == 0 { queries.append(examples[0] + " " + fillers[index % fillers.count]) }
            let yaml = """
                id: synthetic-\(index)
                title: Synthetic \(index)
                patterns:
                  - "* \(topic[0]) * \(topic[1]) *"
                examples:
                \(examples.map { "  - \($0)" }.joined(separator: "\n"))
                answer:
                  text: Synthetic answer \(index).
                escalation: none

                """
            let path = (destination as NSString).appendingPathComponent("synthetic-\(index).yaml")
            try yaml.write(toFile: path, atomically: false, encoding: .utf8)
        }
        return queries
    }

    private static func word(_ random: inout SplitMix64) -> String {
        let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kl", "st", "tr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
        return (0..<3).map { _ in
            onsets[Int(random.next() % UInt64(onsets.count))] + vowels[Int(random.next() % UInt64(vowels.count))]
        }.joined() + "x"
    }
}

/// A small, fast, seedable generator so synthetic data is the same on every run.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
