import ArgumentParser
import Foundation
import HelplineCore

/// Match latency and throughput on the shipped intents and on generated ones.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure match latency (p50/p99), messages per second and peak memory.")

    @OptionGroup var options: IntentOptions
    @Option(help: "Rounds over the message set for each measurement.") var rounds = 20
    @Option(parsing: .upToNextOption, help: "Sizes of generated intent sets to measure.") var synthetic: [Int] = [1_000, 10_000]

    func run() async throws {
        let clock = ContinuousClock()
        let loadStart = clock.now
        let shipped = try options.loadResponder(verifyExamples: false)
        let loaded = clock.now - loadStart
        let verifyStart = clock.now
        _ = try options.loadResponder()
        print("loaded the shipped intents in \(loaded) (training included); with every example and corpus row verified, as `check` and reload do: \(clock.now - verifyStart)")
        let messages = benchMessages(shipped.knowledge)
        var results = [Benchmark().run(shipped, label: "shipped", messages: messages, rounds: rounds)]
        for size in synthetic {
            let folder = NSTemporaryDirectory() + "helpline-bench-\(size)-\(ProcessInfo.processInfo.processIdentifier)"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let generated = try SyntheticIntents(count: size).write(from: options.directory, to: folder)
            let start = clock.now
            let responder: Responder
            do {
                responder = try IntentLoader(maximumFileSize: 64 * 1024, verifyExamples: false).load(directory: folder)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            print("loaded \(size) generated intents in \(clock.now - start)")
            results.append(Benchmark().run(
                responder, label: "+\(size) generated", messages: messages + generated, rounds: max(1, rounds / 4)))
        }
        print("set                  intents  messages        p50        p99     msg/s")
        for result in results {
            print(
                result.label.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: " %7d  %8d  %7.1f µs %7.1f µs  %8.0f",
                             result.intents, result.messages, micro(result.p50), micro(result.p99), result.perSecond))
        }
        if let peak = Benchmark.peakMemory() { print("peak memory: \(peak / 1_048_576) MiB") }
    }

    /// Every example and title of the shipped intents, the crisis corpus, and off-topic questions
    /// that must fall back.
    private func benchMessages(_ knowledge: KnowledgeBase) -> [String] {
        var messages = knowledge.intents.values.flatMap { $0.examples.map(\.value) + [$0.title] }
        messages += (knowledge.crisisCorpus.crises + knowledge.crisisCorpus.ordinary).map(\.message.value)
        messages += [
            "what's the weather like tomorrow", "how do I reset my router", "book a table for two tonight",
            "what is the capital of australia", "play some jazz", "how many ounces in a cup",
        ]
        return messages.sorted()
    }

    private func micro(_ duration: Duration) -> Double {
        Double(duration.components.attoseconds) / 1e12 + Double(duration.components.seconds) * 1e6
    }
}
