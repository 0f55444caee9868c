import ArgumentParser
import Foundation
import HelplineCore

/// Accuracy on a labelled TSV file.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure accuracy on labelled messages (expected<TAB>message per line).")

    @OptionGroup var options: IntentOptions
    @Argument(help: "The TSV file.") var file: String
    @Option(help: "How many misses to list.") var misses = 50

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("cannot read \(file)")
            throw ExitCode(1)
        }
        let rows: [(expected: String, message: String, line: Int)]
        do {
            rows = try Evaluation.parse(String(decoding: data, as: UTF8.self))
        } catch {
            printError("\(file):\(error.line): \(error.message)")
            throw ExitCode(1)
        }
        let responder = try options.loadResponder()
        let result = Evaluation(responder: responder, rows: rows)
        let smallTalk = Set(responder.knowledge.intents.values.filter { $0.category == .smalltalk }.map(\.id))
        func show(_ tally: Evaluation.Tally) -> String {
            String(format: "%.1f%% (%d/%d)", tally.rate * 100, tally.correct, tally.total)
        }
        print("\(file): \(rows.count) rows")
        print("exact intent:        \(show(result.accuracy))")
        print("crisis recall:       \(show(result.crisisRecall)); non-crisis rows flagged as crisis: \(result.falseCrises.count)")
        print("fallback rows:       \(show(result.fallbackRate)) fell back")
        print("small-talk rows:     \(show(result.accuracy(on: smallTalk)))")
        print("\nper intent:")
        for (intent, tally) in result.perIntent {
            print("  " + intent.padding(toLength: 30, withPad: " ", startingAt: 0) + show(tally))
        }
        let missed = result.misses
        print("\nmisses: \(missed.count)" + (missed.count > misses ? " (first \(misses))" : ""))
        for row in missed.prefix(misses) {
            print("  line \(row.line): expected \(row.expected), got \(row.predicted) (\(String(format: "%.2f", row.confidence))): \(row.message)")
        }
    }
}
