/// The lexicon's concepts, compiled: each member as a sequence of stems and of plain words.
public struct ConceptSet: Sendable {
    /// Concept name to its members as stem sequences (for topic patterns and features).
    let stemMembers: [String: [[String]]]
    /// Concept name to its members as word sequences (for crisis rules, which never stem).
    let wordMembers: [String: [[String]]]
    private let byFirstStem: [String: [(stems: [String], concept: String)]]

    init(lexicon: Lexicon, analyzer: TextAnalyzer) {
        var stemMembers: [String: [[String]]] = [:]
        var wordMembers: [String: [[String]]] = [:]
        var byFirstStem: [String: [(stems: [String], concept: String)]] = [:]
        for (name, members) in lexicon.concepts {
            for member in members {
                let words = analyzer.normalizer.words(member)
                guard !words.isEmpty else { continue }
                let stems = words.map(analyzer.stemmer.stem)
                stemMembers[name, default: []].append(stems)
                wordMembers[name, default: []].append(words)
                byFirstStem[stems[0], default: []].append((stems, name))
            }
        }
        self.stemMembers = stemMembers
        self.wordMembers = wordMembers
        self.byFirstStem = byFirstStem
    }

    /// Whether a concept of this name exists.
    public func contains(_ name: String) -> Bool { stemMembers[name] != nil }

    /// All concept names, sorted.
    public var names: [String] { stemMembers.keys.sorted() }

    /// The concepts whose members occur in `stems`, as features named `@concept`.
    func features(in stems: [String]) -> Set<String> {
        var found: Set<String> = []
        for index in stems.indices {
            guard let candidates = byFirstStem[stems[index]] else { continue }
            for candidate in candidates where !found.contains("@" + candidate.concept) {
                let end = index + candidate.stems.count
                if end <= stems.count, Array(stems[index..<end]) == candidate.stems {
                    found.insert("@" + candidate.concept)
                }
            }
        }
        return found
    }
}
