/// The lexicon's concepts, compiled: each member as a sequence of stem ids and of word ids.
public struct ConceptSet: Sendable {
    /// Concept name to its members as stem-id sequences (for topic patterns and features).
    let stemMembers: [String: [[Int32]]]
    /// Concept name to its members as word-id sequences (for crisis rules, which never stem).
    let wordMembers: [String: [[Int32]]]
    /// The feature id standing for "some member of this concept occurs", by concept name.
    let featureIDs: [String: Int32]
    private let byFirstStem: [Int32: [(stems: [Int32], feature: Int32)]]

    init(lexicon: Lexicon, analyzer: TextAnalyzer, vocabulary: inout Vocabulary) {
        var stemMembers: [String: [[Int32]]] = [:]
        var wordMembers: [String: [[Int32]]] = [:]
        var featureIDs: [String: Int32] = [:]
        var byFirstStem: [Int32: [(stems: [Int32], feature: Int32)]] = [:]
        for name in lexicon.concepts.keys.sorted() {
            let feature = vocabulary.intern("@" + name)
            featureIDs[name] = feature
            for member in lexicon.concepts[name] ?? [] {
                let words = analyzer.normalizer.words(member)
                guard !words.isEmpty else { continue }
                let stems = words.map { vocabulary.intern(analyzer.stemmer.stem($0)) }
                stemMembers[name, default: []].append(stems)
                wordMembers[name, default: []].append(words.map { vocabulary.intern($0) })
                byFirstStem[stems[0], default: []].append((stems, feature))
            }
        }
        self.stemMembers = stemMembers
        self.wordMembers = wordMembers
        self.featureIDs = featureIDs
        self.byFirstStem = byFirstStem
    }

    /// Whether a concept of this name exists.
    public func contains(_ name: String) -> Bool { stemMembers[name] != nil }

    /// All concept names, sorted.
    public var names: [String] { stemMembers.keys.sorted() }

    /// Feature ids of the concepts whose members occur in `stems`.
    func features(in stems: [Int32]) -> [Int32] {
        var found: [Int32] = []
        for index in stems.indices where stems[index] >= 0 {
            guard let candidates = byFirstStem[stems[index]] else { continue }
            for candidate in candidates where !found.contains(candidate.feature) {
                let end = index + candidate.stems.count
                if end <= stems.count, stems[index..<end].elementsEqual(candidate.stems) {
                    found.append(candidate.feature)
                }
            }
        }
        return found
    }
}
