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
    /// `words` as vocabulary ids (`Vocabulary.unknown` for words the intents never use).
    public var wordIDs: [Int32]
    /// `stems` as vocabulary ids.
    public var stemIDs: [Int32]
}

/// Normaliser, stemmer and spelling corrector in one pass; built once per intent snapshot.
public struct TextAnalyzer: Sendable {
    public let normalizer: TextNormalizer
    public let stemmer = Stemmer()
    public let corrector: SpellingCorrector?
    public let vocabulary: Vocabulary

    public init(normalizer: TextNormalizer, corrector: SpellingCorrector? = nil, vocabulary: Vocabulary = Vocabulary()) {
        self.normalizer = normalizer
        self.corrector = corrector
        self.vocabulary = vocabulary
    }

    /// Stems without typo correction: how staff-written patterns and examples are read.
    public func stems(_ text: String) -> [String] {
        normalizer.words(ContactDetails.removing(from: text)).map(stemmer.stem)
    }

    /// The message's words without contact details the visitor added ("my number is …").
    public func analyze(_ text: String) -> AnalyzedText {
        let words = normalizer.words(ContactDetails.removing(from: text))
        var corrections: [(from: String, to: String)] = []
        var stems: [String] = []
        var stemIDs: [Int32] = []
        stems.reserveCapacity(words.count)
        stemIDs.reserveCapacity(words.count)
        for word in words {
            var stem = stemmer.stem(word)
            var id = vocabulary.id(of: stem)
            if id == Vocabulary.unknown, let corrector, let fixed = corrector.correction(for: stem) {
                corrections.append((stem, fixed))
                stem = fixed
                id = vocabulary.id(of: fixed)
            }
            stems.append(stem)
            stemIDs.append(id)
        }
        return AnalyzedText(
            original: text, words: words, stems: stems, corrections: corrections,
            wordIDs: words.map(vocabulary.id(of:)), stemIDs: stemIDs)
    }
}
