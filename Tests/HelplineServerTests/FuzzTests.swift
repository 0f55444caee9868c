import Foundation
import HelplineCore
import HelplineFuzzing
import Testing

/// The parsers that take untrusted text, fed seeded mutations of real inputs: the shipped intent
/// files (every reader) and real chat and call-back bodies. Whatever the bytes, each answers with
/// well-formed diagnostics, a decoded request or a 400, never a trap, and within a bounded time.
/// `make fuzz` runs the same harness under libFuzzer for longer.
@Suite struct FuzzTests {
    static let inputsPerTarget = 5_000

    @Test func mutatedIntentFilesAndRequestBodiesGetAnswersNeverACrash() throws {
        let campaign = FuzzCampaign(intentsDirectory: Repository.intents)
        #expect(campaign.seeds.filter { $0.target == .intentFile }.count >= 25, "the shipped intents were read as seeds")
        let report = campaign.run(inputs: Self.inputsPerTarget, seed: 12)
        print("FuzzTests: \(report)")
        for target in FuzzTarget.allCases { #expect(report.inputs[target] == Self.inputsPerTarget) }
        for (target, problem, input) in report.problems {
            Issue.record("\(target.rawValue): \(problem); input: \(String(decoding: input.prefix(300), as: UTF8.self).debugDescription)")
        }
        // Most mutations break something, and the parsers say so rather than accept it silently.
        #expect(report.refused[.intentFile, default: 0] > Self.inputsPerTarget / 2)
        #expect(report.refused[.chatBody, default: 0] > Self.inputsPerTarget / 2)
        // Bounded time: the loader's own limits (64 KiB, no aliases) keep every input small.
        #expect(report.slowest < .seconds(2), "slowest input took \(report.slowest)")
    }

    /// The seeds themselves are good files: a mutation is what makes a diagnostic.
    @Test func everySeedIsAcceptedAsItIs() {
        let campaign = FuzzCampaign(intentsDirectory: Repository.intents)
        for seed in campaign.seeds where seed.target == .intentFile {
            let (refused, problem) = campaign.run(seed.bytes, like: seed)
            #expect(!refused, "\(seed.path)")
            #expect(problem == nil, "\(seed.path): \(problem ?? "")")
        }
    }

    /// Hostile files, and the ones that found problems, kept so they stay fixed: thousands of
    /// nested brackets in a pattern overflowed the pattern parser's stack.
    @Test(arguments: [
        "id: x\ntitle: [broken\n",
        "&a [*a, *a, *a]",
        "id: x\ntitle: x\npatterns:\n  - \"(a|(b|(c\"\n  - \"[\"\nanswer:\n  text: x\n",
        String(repeating: "[", count: 65_000),
        String(repeating: "{a: ", count: 16_000),
        String(repeating: "- ", count: 32_000) + "x",
        "id: x\ntitle: x\npatterns:\n  - \"" + String(repeating: "(a|", count: 15_000) + "\"\nanswer:\n  text: x\n",
        "id: x\ntitle: x\npatterns:\n  - \"" + String(repeating: "[a ", count: 20_000) + "\"\nanswer:\n  text: x\n",
    ])
    func brokenIntentFilesGetDiagnostics(text: String) {
        let harness = FuzzHarness(intentsDirectory: Repository.intents)
        let (diagnostics, problem) = harness.intentFile(Array(text.utf8), kind: .intent, path: "x.yaml")
        #expect(!diagnostics.isEmpty)
        #expect(problem == nil, "\(problem ?? "")")
    }

    /// Deep JSON and huge strings in a request body: a 400 or a decoded request, never a trap.
    @Test(arguments: [
        String(repeating: "[", count: 30_000),
        String(repeating: "{\"message\":", count: 2_500) + "\"x\"" + String(repeating: "}", count: 2_500),
        "{\"message\": \"" + String(repeating: "\\ud83d\\udcac", count: 2_600) + "\"}",
        "{\"message\": \"\\ud800\"}", "{\"message\": \"a\\u0000b\"}", "{\"message\": 1e999999}",
    ])
    func hostileBodiesGetAnAnswer(text: String) {
        let (_, problem) = FuzzHarness(intentsDirectory: Repository.intents).chatBody(Array(text.utf8))
        #expect(problem == nil, "\(problem ?? "")")
    }
}
