import Testing
@testable import HelplineCore

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer(lexicon: Lexicon(
        synonyms: ["counselling": "counseling", "appt": "appointment"],
        contractions: ["can't": "can not", "what's": "what is", "dont": "do not"]))

    @Test func foldsCaseAccentsAndPunctuation() {
        #expect(normalizer.words("Counseling SESSION?!") == ["counseling", "session"])
        #expect(normalizer.words("Café — naïve, ＦＵＬＬ width") == ["cafe", "naive", "full", "width"])
    }

    @Test func expandsContractionsWithStraightOrCurlyApostrophes() {
        #expect(normalizer.words("What's this? I can’t go") == ["what", "is", "this", "i", "can", "not", "go"])
        #expect(normalizer.words("I dont know") == ["i", "do", "not", "know"])
    }

    @Test func unifiesSpellingVariantsAndDropsPossessives() {
        #expect(normalizer.words("counselling for my son's appt") == ["counseling", "for", "my", "son", "appointment"])
    }

    @Test func keepsNumbers() {
        #expect(normalizer.words("call 855-993-0960") == ["call", "855", "993", "0960"])
    }

    @Test func stemmerMeetsCommonForms() {
        let stemmer = Stemmer()
        #expect(stemmer.stem("sessions") == stemmer.stem("session"))
        #expect(stemmer.stem("sharing") == stemmer.stem("share"))
        #expect(stemmer.stem("counseling") == stemmer.stem("counseled"))
        #expect(stemmer.stem("therapies") == stemmer.stem("therapy"))
        #expect(stemmer.stem("using") == stemmer.stem("use"))
        #expect(stemmer.stem("virtually") == stemmer.stem("virtual"))
        #expect(stemmer.stem("family") == "family")
    }

    @Test func correctsOneOrTwoTyposInLongerWordsOnly() {
        let stemmer = Stemmer()
        let known = ["counsel", "therapy", "medication", "group"].map(stemmer.stem)
        let corrector = SpellingCorrector(vocabulary: Dictionary(uniqueKeysWithValues: known.map { ($0, 1) }))
        #expect(corrector.correction(for: stemmer.stem("councelling")) == stemmer.stem("counseling"))
        #expect(corrector.correction(for: stemmer.stem("theraphy")) == stemmer.stem("therapy"))
        #expect(corrector.correction(for: stemmer.stem("medicatoin")) == stemmer.stem("medication"))
        #expect(corrector.correction(for: "grop") == nil, "four letters is too short to correct")
        #expect(corrector.correction(for: "weather") == nil)
        #expect(corrector.correction(for: String(repeating: "medication", count: 200)) == nil, "very long words are left alone")
    }

    @Test func analyzerCorrectsAgainstTheIntentsVocabulary() throws {
        let responder = try Responder.minimal()
        let analyzed = responder.knowledge.analyzer.analyze("Councelling sesions")
        #expect(analyzed.stems == responder.knowledge.analyzer.stems("counseling session"))
        #expect(analyzed.corrections.count == 2)
    }
}
