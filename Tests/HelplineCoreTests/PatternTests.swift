import Testing
@testable import HelplineCore

@Suite struct PatternTests {
    let analyzer = TextAnalyzer(normalizer: TextNormalizer(lexicon: Lexicon()))
    let concepts: ConceptSet
    let parser: PatternParser

    init() {
        let lexicon = Lexicon(concepts: ["virtual": ["online", "video call"], "therapy": ["therapy", "counseling"]])
        concepts = ConceptSet(lexicon: lexicon, analyzer: analyzer)
        parser = PatternParser(analyzer: analyzer, concepts: concepts)
    }

    func matches(_ pattern: String, _ text: String) throws -> Bool {
        try parser.parse(pattern, form: .stems).matches(analyzer.stems(text), concepts: concepts)
    }

    @Test func wordsMustMatchTheWholeMessage() throws {
        #expect(try matches("group therapy", "group therapy"))
        #expect(try matches("group therapy", "Group therapies?"))
        #expect(!(try matches("group therapy", "what is group therapy")))
        #expect(try matches("* group therapy *", "what is group therapy like"))
    }

    @Test func alternationAndOptionalWords() throws {
        #expect(try matches("(hi|hello|good morning) [there]", "good morning there"))
        #expect(try matches("(hi|hello|good morning) [there]", "hello"))
        #expect(!(try matches("(hi|hello|good morning) [there]", "hello you")))
    }

    @Test func conceptsMatchAnyMemberIncludingPhrases() throws {
        #expect(try matches("* @virtual @therapy *", "is there online counseling"))
        #expect(try matches("* by @virtual", "can I join by video call"))
        #expect(!(try matches("* @virtual @therapy *", "online banking help")))
    }

    @Test func wildcardsNeverBlowUp() throws {
        let long = Array(repeating: "word", count: 400).joined(separator: " ")
        #expect(!(try matches("* word * word * word * word * word * nope", long)))
    }

    @Test func wordFormDoesNotStem() throws {
        let rule = try parser.parse("* overdosed *", form: .words)
        #expect(rule.matches(analyzer.normalizer.words("my friend overdosed"), concepts: concepts))
        #expect(!rule.matches(analyzer.normalizer.words("what is an overdose"), concepts: concepts))
    }

    @Test(arguments: [
        ("* (a|b *", "'(' is never closed", 2),
        ("a ] b", "unexpected ']'", 2),
        ("* @nothere *", "unknown concept '@nothere'", 2),
        ("* [maybe] *", "pattern has no required word", 0),
        ("(a||b)", "empty alternative", 3),
    ])
    func reportsMistakesWithTheirColumn(pattern: String, message: String, offset: Int) {
        #expect {
            try parser.parse(pattern, form: .stems)
        } throws: { error in
            guard let failure = error as? PatternParser.Failure else { return false }
            return failure.message == message && failure.offset == offset
        }
    }

    @Test func specificityCountsRequiredWords() throws {
        #expect(try parser.parse("* what is [group] @therapy *", form: .stems).specificity == 3)
    }
}
