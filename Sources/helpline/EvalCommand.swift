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
    @Option(help: ArgumentHelp(
        "labelled (expected<TAB>message), crisis (kind<TAB>number<TAB>message) or ordinary (kind<TAB>message); by default from the file name: crisis-corpus.tsv and crisis.tsv are crisis, not-crisis.tsv is ordinary.",
        valueName: "format"))
    var format: Format?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case labelled, crisis, ordinary
    }

    var resolvedFormat: Format {
        if let format { return format }
        let name = (file as NSString).lastPathComponent
        if name.hasPrefix("not-crisis") { return .ordinary }
        if name.hasPrefix("crisis-corpus") || name == "crisis.tsv" { return .crisis }
        return .labelled
    }

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("cannot read \(file)")
            throw ExitCode(1)
        }
        let text = String(decoding: data, as: UTF8.self)
        if resolvedFormat != .labelled {
            try evaluateCorpus(text)
            return
        }
        let rows: [(expected: String, message: String, line: Int)]
        do {
            rows = try Evaluation.parse(text)
        } catch {
            printError("\(file):\(error.line): \(error.message)")
            throw ExitCode(1)
        }
        // Measuring works while `helpline check` still fails: examples are not verified here.
        let responder = try options.loadResponder(verifyExamples: false)
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

    /// Recall (right number first) or false alarms, per kind, for a crisis corpus file.
    private func evaluateCorpus(_ text: String) throws {
        let (corpus, problems) = CrisisCorpus.read(path: file, text: text, crisis: resolvedFormat == .crisis)
        guard problems.isEmpty else {
            for problem in problems { printError(problem.description) }
            throw ExitCode(1)
        }
        let responder = try options.loadResponder(verifyExamples: false)
        let result = CrisisEvaluation(responder: responder, corpus: corpus)
        func show(_ tally: Evaluation.Tally) -> String {
            String(format: "%.1f%% (%d/%d)", tally.rate * 100, tally.correct, tally.total)
        }
        print("\(file): \(corpus.crises.count) crisis rows, \(corpus.ordinary.count) ordinary rows")
        if !corpus.crises.isEmpty { print("crisis recall, right number first: \(show(result.recall))") }
        if !corpus.ordinary.isEmpty { print("false alarms on ordinary rows:     \(result.falseAlarms.count) of \(result.ordinaryCount)") }
        print("\nper kind:")
        for (kind, crisis, tally) in result.perKind {
            let label = crisis ? "caught" : "left alone"
            print("  " + kind.padding(toLength: 24, withPad: " ", startingAt: 0) + "\(label) " + show(tally))
        }
        let missed = result.misses
        print("\nmisses: \(missed.count)" + (missed.count > misses ? " (first \(misses))" : ""))
        for outcome in missed.prefix(misses) {
            let row = outcome.row
            let what = row.number == nil
                ? "flagged as \(outcome.category?.rawValue ?? "crisis") by \(outcome.matched ?? "?")"
                : (outcome.flagged ? "caught as \(outcome.category?.rawValue ?? "?") by \(outcome.matched ?? "?"), but \(row.number!.rawValue) is not first" : "not caught")
            print("  line \(row.message.location.line): \(row.kind): \(what): \(row.message.value)")
            if !outcome.concepts.isEmpty { print("      concepts: " + outcome.concepts.joined(separator: "; ")) }
            for cancelled in outcome.cancelled { print("      " + cancelled) }
        }
    }
}
