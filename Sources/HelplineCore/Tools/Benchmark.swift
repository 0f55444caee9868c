import Foundation

/// Match latency of a responder, measured in process, one message at a time.
public struct Benchmark: Sendable {
    /// Latency percentiles and throughput of one run.
    public struct Result: Sendable {
        public var label: String
        public var intents: Int
        public var messages: Int
        public var p50: Duration
        public var p99: Duration
        public var perSecond: Double
    }

    public init() {}

    /// Replies to each message `rounds` times, each as a new conversation.
    public func run(_ responder: Responder, label: String, messages: [String], rounds: Int) -> Result {
        precondition(!messages.isEmpty, "a benchmark needs messages")
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(messages.count * rounds)
        // One untimed round first, so lazy set-up does not count.
        for message in messages { _ = responder.reply(to: message) }
        let start = clock.now
        for _ in 0..<rounds {
            for message in messages {
                let before = clock.now
                _ = responder.reply(to: message)
                samples.append(clock.now - before)
            }
        }
        let total = clock.now - start
        samples.sort()
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        return Result(
            label: label, intents: responder.knowledge.intents.count, messages: samples.count,
            p50: samples[samples.count / 2], p99: samples[min(samples.count - 1, samples.count * 99 / 100)],
            perSecond: Double(samples.count) / seconds)
    }

    /// The process's peak resident memory in bytes, from /proc (Linux), or nil elsewhere.
    public static func peakMemory() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
