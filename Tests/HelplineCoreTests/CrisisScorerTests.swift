import Foundation
import Testing
@testable import HelplineCore

/// The learned backstop of the crisis floor.
@Suite struct CrisisScorerTests {
    @Test func theBundledTrainingSetLoads() {
        #expect(CrisisScorer.shared != nil)
    }

    @Test func itLearnsWordsNoRuleNamesAndSaysWhich() throws {
        let crises = (1...60).map { "passive\t988\tthe void at the bridge keeps calling me \($0)" }.joined(separator: "\n")
        let ordinary = (1...60).map { "general\tthe calendar has a gap on day \($0)" }.joined(separator: "\n")
        let scorer = try #require(CrisisScorer(crises: crises, ordinary: ordinary))
        let reader = CrisisDetector(useScorer: false)
        let finding = try #require(scorer.finding(reader.scorerFeatures(reader.analyze("the void at the bridge keeps calling me"))))
        #expect(finding.category == .suicidal)
        #expect(finding.rule == "learned-scorer")
        #expect(finding.concepts.count > 1, "explained by the words and concepts that weighed most")
        #expect(scorer.finding(reader.scorerFeatures(reader.analyze("a gap in the calendar"))) == nil)
        #expect(scorer.finding(reader.scorerFeatures(reader.analyze("the void keeps calling me"))) == nil,
                "no concept only crises use: the scorer stays silent")
    }

    @Test func theNumberFollowsTheKind() {
        #expect(CrisisScorer.category(kind: "self-harm", number: .crisisLine) == .selfHarm)
        #expect(CrisisScorer.category(kind: "method", number: .crisisLine) == .suicidal)
        #expect(CrisisScorer.category(kind: "withdrawal-emergency", number: .emergency) == .medicalEmergency)
        #expect(CrisisScorer.category(kind: "harm-others", number: .emergency) == .harmToOthers)
        #expect(CrisisScorer.category(kind: "unresponsive", number: .emergency) == .overdose)
        #expect(CrisisScorer.category(kind: "poisoning", number: .poisonHelp) == .poisoning)
    }

    @Test func idiomsAndCancelledRulesAreNotOverruledByAnUnsureScorer() {
        let detector = CrisisDetector()
        #expect(detector.findings(in: "roll the five sided die").isEmpty)
        #expect(detector.findings(in: "what are the signs of an overdose").isEmpty)
        #expect(detector.findings(in: "i overdosed twice last year").isEmpty)
    }

    /// Below the sure threshold the scorer also needs a word for death, harm, an overdose or a
    /// drug: endings, times and absences alone are everyday words.
    @Test func anUnsureScorerNeedsStrongEvidence() {
        #expect(CrisisScorer.threshold < CrisisScorer.sureThreshold)
        #expect(CrisisScorer.strongEvidence.isSubset(of: CrisisScorer.evidence))
        for weak in ["c:last-time", "c:absence", "c:exit", "c:ending-event", "c:use-drug"] {
            #expect(!CrisisScorer.strongEvidence.contains(weak), "\(weak)")
        }
        let detector = CrisisDetector()
        #expect(detector.findings(in: "write the next chapter of my story and tell me when you have finished it").isEmpty)
        #expect(!detector.findings(in: "i just want to go to sleep and never wake up").isEmpty)
    }

    /// A rule an ordinary framing cancelled can still be overruled when the scorer is surer than
    /// it must be where no rule matched at all.
    @Test func aCancelledRuleNeedsASurerScorer() throws {
        #expect(CrisisScorer.overruleThreshold > CrisisScorer.threshold)
        // Which message shows it changes as rules grow, so it is looked for in visitor sets
        // already read by the team: some crisis there is caught only by the scorer overruling a
        // cancelled rule, and nothing overrules a rule an idiom or a joke cancelled.
        let detector = CrisisDetector()
        var overruled: [String] = []
        for set in ["holdout-9", "holdout-10"] {
            let text = try String(contentsOfFile: Fixture.testsFolder.appendingPathComponent("Fixtures/\(set)/crisis.tsv").path, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                guard let message = line.split(separator: "\t").last.map(String.init) else { continue }
                let findings = detector.findings(in: message, includeCancelled: true)
                guard findings.contains(where: { $0.cancelledBy != nil }), !findings.contains(where: { $0.cancelledBy == nil && $0.rule != "learned-scorer" }),
                    findings.contains(where: { $0.rule == "learned-scorer" })
                else { continue }
                #expect(detector.findings(in: message).map(\.rule) == ["learned-scorer"])
                overruled.append(message)
            }
        }
        #expect(!overruled.isEmpty, "no crisis in the read sets is caught by overruling a cancelled rule")
    }
}
