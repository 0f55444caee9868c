import Foundation
import Testing
@testable import HelplineCore
@Test func tmpCrossValidation() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/HelplineCore/Crisis/Training")
    func read(_ prefix: String) -> [String] {
        let names = try! FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(prefix) && $0.hasSuffix(".tsv") }
        return names.flatMap { try! String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).split(separator: "\n").map(String.init) }
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }
    let crises = read("crisis"), ordinary = read("ordinary")
    let rules = CrisisDetector(useScorer: false)
    var results: [Double: (caught: Int, total: Int, fa: Int, ordTotal: Int, byScorer: Int)] = [:]
    let thresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    for fold in 0..<5 {
        let trainC = crises.enumerated().filter { $0.offset % 5 != fold }.map(\.element).joined(separator: "\n")
        let trainO = ordinary.enumerated().filter { $0.offset % 5 != fold }.map(\.element).joined(separator: "\n")
        let scorer = try #require(CrisisScorer(crises: trainC, ordinary: trainO))
        let testC = crises.enumerated().filter { $0.offset % 5 == fold }.map(\.element)
        let testO = ordinary.enumerated().filter { $0.offset % 5 == fold }.map(\.element)
        for t in thresholds {
            var r = results[t] ?? (0, 0, 0, 0, 0)
            for line in testC {
                let message = String(line.split(separator: "\t").last!)
                r.total += 1
                let a = rules.analyze(message)
                if !rules.findings(in: message, includeCancelled: true).isEmpty {
                    if !rules.findings(in: message).isEmpty { r.caught += 1 }
                    continue
                }
                if let p = scorer.probability(rules.scorerFeatures(a)), p >= t { r.caught += 1; r.byScorer += 1 }
            }
            for line in testO {
                let message = String(line.split(separator: "\t").last!)
                r.ordTotal += 1
                if !rules.findings(in: message, includeCancelled: true).isEmpty {
                    if !rules.findings(in: message).isEmpty { r.fa += 1 }
                    continue
                }
                if let p = scorer.probability(rules.scorerFeatures(rules.analyze(message))), p >= t { r.fa += 1 }
            }
            results[t] = r
        }
    }
    for t in thresholds { let r = results[t]!; print("CV t=\(t) recall \(r.caught)/\(r.total) scorer \(r.byScorer) FA \(r.fa)/\(r.ordTotal)") }
}
