import Foundation
import HelplineCore

/// The seeds: every file of an intent folder, each with the reader the folder gives it, and a
/// set of real request bodies (the contract's examples and their edges).
package enum FuzzSeeds {
    package static func load(intentsDirectory directory: String) -> [FuzzSeed] {
        var seeds: [FuzzSeed] = []
        func add(_ folder: String, _ ext: String, kind: (String) -> IntentFileCheck.Kind) {
            let path = folder.isEmpty ? directory : directory + "/" + folder
            for entry in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            where entry.hasSuffix("." + ext) && entry != "README.md" {
                guard let data = FileManager.default.contents(atPath: path + "/" + entry) else { continue }
                let name = String(entry.dropLast(ext.count + 1))
                seeds.append(FuzzSeed(target: .intentFile, kind: kind(name), path: (folder.isEmpty ? "" : folder + "/") + entry, bytes: Array(data)))
            }
        }
        add("", "yaml") { name in name == "helpline" ? .settings : name == "lexicon" ? .lexicon : .intent }
        add("articles", "md") { _ in .article }
        add("tests", "yaml") { _ in .conversationTest }
        add("tests", "tsv") { _ in .crisisCorpus }
        for body in chatBodies { seeds.append(FuzzSeed(target: .chatBody, kind: nil, path: "body.json", bytes: Array(body.utf8))) }
        return seeds
    }

    /// Bodies of `POST /api/v1/chat` and `POST /api/v1/conversations/{id}/callback`.
    package static let chatBodies = [
        #"{"message": "What is group therapy?"}"#,
        #"{"conversation": "6f1c2a8e-3b9d-4f5e-9a61-0c2d7e4b8a13", "message": "Can I do it online?"}"#,
        #"{"conversation": null, "message": "  i want to end my life\n"}"#,
        #"{"message": "caf\u00e9 \ud83d\udcac \u200b", "extra": [1, 2.5e3, true, null, {"a": "b"}]}"#,
        #"{"name": "Sam", "phone": "(555) 201-3344", "best_time": "weekday mornings", "consent": true}"#,
        #"{"name": null, "phone": "+44 20 7946 0958", "best_time": null, "consent": true}"#,
        #"{"phone": "555.201.3344", "consent": false}"#,
        #"{"status": "contacted", "note": "left a voicemail"}"#,
    ]
}

/// A seeded run: `inputs` mutations of the seeds, each through its parser.
package struct FuzzCampaign: Sendable {
    /// What a run found.
    package struct Report: Sendable, CustomStringConvertible {
        package var seed: UInt64
        package var inputs: [FuzzTarget: Int] = [:]
        /// Inputs the parser answered with at least one diagnostic, or refused with a 400.
        package var refused: [FuzzTarget: Int] = [:]
        /// Answers that broke a check, with the input that caused each (at most 20 kept).
        package var problems: [(target: FuzzTarget, problem: String, input: [UInt8])] = []
        package var problemCount = 0
        package var slowest: Duration = .zero
        package var elapsed: Duration = .zero

        package var description: String {
            let counts = FuzzTarget.allCases.map { "\($0.rawValue): \(inputs[$0, default: 0]) inputs, \(refused[$0, default: 0]) refused" }
            let slowestMilliseconds = Double(slowest.components.attoseconds) / 1e15 + Double(slowest.components.seconds) * 1000
            return "seed \(seed): " + counts.joined(separator: "; ")
                + "; \(problemCount) problems; slowest input \(Int(slowestMilliseconds)) ms; \(elapsed)"
        }
    }

    package var seeds: [FuzzSeed]
    package var harness: FuzzHarness

    package init(intentsDirectory: String) {
        seeds = FuzzSeeds.load(intentsDirectory: intentsDirectory)
        harness = FuzzHarness(intentsDirectory: intentsDirectory)
    }

    /// Runs `inputs` mutated inputs per target, drawn from `seed`.
    package func run(inputs: Int, seed: UInt64) -> Report {
        var report = Report(seed: seed)
        var mutator = Mutator(seed: seed)
        let clock = ContinuousClock()
        let start = clock.now
        for target in FuzzTarget.allCases {
            let pool = seeds.filter { $0.target == target }
            guard !pool.isEmpty else { continue }
            for _ in 0..<inputs {
                let base = pool[mutator.int(in: 0...(pool.count - 1))]
                let other = pool[mutator.int(in: 0...(pool.count - 1))]
                let input = mutator.mutate(base.bytes, splicingWith: other.bytes)
                let began = clock.now
                let (refused, problem) = run(input, like: base)
                report.slowest = max(report.slowest, clock.now - began)
                report.inputs[target, default: 0] += 1
                if refused { report.refused[target, default: 0] += 1 }
                if let problem {
                    report.problemCount += 1
                    if report.problems.count < 20 { report.problems.append((target, problem, input)) }
                }
            }
        }
        report.elapsed = clock.now - start
        return report
    }

    /// One input through the parser its seed belongs to: whether it was refused, and any problem.
    package func run(_ input: [UInt8], like seed: FuzzSeed) -> (refused: Bool, problem: String?) {
        switch seed.target {
        case .intentFile:
            let (diagnostics, problem) = harness.intentFile(input, kind: seed.kind ?? .intent, path: seed.path)
            return (!diagnostics.isEmpty, problem)
        case .chatBody:
            let (accepted, problem) = harness.chatBody(input)
            return (!accepted, problem)
        }
    }
}
