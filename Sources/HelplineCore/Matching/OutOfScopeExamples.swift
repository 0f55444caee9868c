import Foundation

/// Everyday requests no intent answers ("add milk to my list", "who won the game"), compiled in:
/// the topic classifier learns them as one more class, so it can say "none of ours" instead of
/// always picking *some* topic. Written for this purpose (`OutOfScope/`) plus the crisis scorer's everyday requests.
enum OutOfScopeExamples {
    /// The class's label; no intent id can take it (ids may not contain spaces).
    static let label = "out of scope"

    /// The bundled messages: `OutOfScope/out-of-scope.tsv` and the crisis scorer's everyday
    /// requests, one per line after a tab-separated kind; empty when unreadable.
    static let texts: [String] = {
        let files = [
            Bundle.module.url(forResource: "OutOfScope", withExtension: nil)?.appendingPathComponent("out-of-scope.tsv"),
            Bundle.module.url(forResource: "Training", withExtension: nil)?.appendingPathComponent("ordinary-general.tsv"),
        ]
        return files.compactMap { $0 }.flatMap { url -> [String] in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap { line in
                guard !line.hasPrefix("#"), let tab = line.firstIndex(of: "\t") else { return nil }
                return String(line[line.index(after: tab)...])
            }
        }
    }()
}
