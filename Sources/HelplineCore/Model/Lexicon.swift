/// Staff-edited word knowledge from `intents/lexicon.yaml`.
public struct Lexicon: Sendable {
    /// Concept name (used as `@name` in patterns) to its member words or phrases.
    public var concepts: [String: [String]]
    /// Spelling variant or abbreviation to its canonical word ("counselling" -> "counseling").
    public var synonyms: [String: String]
    /// Contraction to its expansion ("can't" -> "can not").
    public var contractions: [String: String]

    public init(
        concepts: [String: [String]] = [:], synonyms: [String: String] = [:],
        contractions: [String: String] = [:]
    ) {
        self.concepts = concepts
        self.synonyms = synonyms
        self.contractions = contractions
    }
}
