/// A message after normalisation: its words, the stems matching works on, and what was corrected.
public struct AnalyzedText: Sendable {
    /// The visitor's text as received.
    public var original: String
    /// Normalised words (lower case, contractions expanded, spelling variants unified).
    public var words: [String]
    /// One stem per word, typos corrected against the intents' vocabulary.
    public var stems: [String]
    /// Corrections made, as (typed stem, known stem).
    public var corrections: [(from: String, to: String)]
}

/// Normaliser, stemmer and spelling corrector in one pass; built once per intent snapshot.
public struct TextAnalyzer: Sendable {
    public let normalizer: TextNormalizer
    public let stemmer = Stemmer()
    public let corrector: SpellingCorrector?

    public init(normalizer: TextNormalizer, corrector: SpellingCorrector? = nil) {
        self.normalizer = normalizer
        self.corrector = corrector
    }

    /// Stems without typo correction: how staff-written patterns and examples are read.
    public func stems(_ text: String) -> [String] {
        normalizer.words(text).map(stemmer.stem)
    }

    public func analyze(_ text: String) -> AnalyzedText {
        let words = normalizer.words(text)
        var corrections: [(from: String, to: String)] = []
        let stems = words.map { word -> String in
            let stem = stemmer.stem(word)
            if let corrector, let fixed = corrector.correction(for: stem) {
                corrections.append((stem, fixed))
                return fixed
            }
            return stem
        }
        return AnalyzedText(original: text, words: words, stems: stems, corrections: corrections)
    }
}
