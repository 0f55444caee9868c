import Testing
@testable import HelplineCore

@Suite struct PatternTests {
    let analyzer = TextAnalyzer(normalizer: TextNormalizer(lexicon: Lexicon()))
    let concepts: ConceptSet
    let parser: PatternParser
    var vocabulary = Vocabulary()

    init() {
        let lexicon = Lexicon(concepts: ["virtual": ["online", "video call"], "therapy": ["therapy", "counseling"]])
        concepts = ConceptSet(lexicon: lexicon, analyzer: analyzer, vocabulary: &vocabulary)
        parser = PatternParser(analyzer: analyzer, concepts: concepts)
    }

    func ids(_ tokens: [String], _ vocabulary: Vocabulary) -> [Int32] { tokens.map(vocabulary.id(of:)) }

    func matches(_ pattern: String, _ text: String) throws -> Bool {
        var vocabulary = self.vocabulary
        let compiled = try parser.parse(pattern, form: .stems, vocabulary: &vocabulary)
        return compiled.matches(ids(analyzer.stems(text), vocabulary), concepts: concepts)
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
        #expect(try matches("how are you [doing|feeling] *", "how are you feeling today"))
        #expect(try matches("how are you [doing|feeling]", "how are you"))
    }

    @Test func conceptsMatchAnyMemberIncludingPhrases() throws {
        #expect(try matches("* @virtual @therapy *", "is there online counseling"))
        #expect(try matches("* by @virtual", "can I join by video call"))
        #expect(!(try matches("* @virtual @therapy *", "online banking help")))
    }

    @Test func wildcardsNeverBlowUp() throws {
        let long = Array(repeating: "word", count: 400).joined(separator: " ")
        #expect(!(try matches("* word * word * word * word * word * nope", long)))
        #expect(try matches("* word * word * word * word * word *", long), "messages past 64 words use the wide bit set")
        #expect(try matches("word *", long))
    }

    @Test func wordFormDoesNotStem() throws {
        var vocabulary = self.vocabulary
        let rule = try parser.parse("* overdosed *", form: .words, vocabulary: &vocabulary)
        #expect(rule.matches(ids(analyzer.normalizer.words("my friend overdosed"), vocabulary), concepts: concepts))
        #expect(!rule.matches(ids(analyzer.normalizer.words("what is an overdose"), vocabulary), concepts: concepts))
    }

    @Test(arguments: [
        ("* (a|b *", "'(' is never closed", 2),
        ("a ] b", "unexpected ']'", 2),
        ("* @nothere *", "unknown concept '@nothere'", 2),
        ("* [maybe] *", "pattern has no required word", 0),
        ("(a||b)", "empty alternative", 3),
        // Found by the fuzz test: thousands of levels overflowed the parser's stack.
        (String(repeating: "(a|", count: 20_000), "brackets nested more than 16 deep", 48),
        (String(repeating: "[a ", count: 20_000), "brackets nested more than 16 deep", 48),
    ])
    func reportsMistakesWithTheirColumn(pattern: String, message: String, offset: Int) {
        var vocabulary = self.vocabulary
        #expect {
            try parser.parse(pattern, form: .stems, vocabulary: &vocabulary)
        } throws: { error in
            guard let failure = error as? PatternParser.Failure else { return false }
            return failure.message == message && failure.offset == offset
        }
    }

    @Test func sixteenLevelsOfBracketsStillParse() throws {
        var vocabulary = self.vocabulary
        let deep = String(repeating: "(a|", count: 16) + "b" + String(repeating: ")", count: 16)
        #expect(try parser.parse(deep, form: .stems, vocabulary: &vocabulary).specificity >= 1)
        #expect(try matches(deep, "b"))
    }

    @Test func specificityCountsRequiredWords() throws {
        var vocabulary = self.vocabulary
        #expect(try parser.parse("* what is [group] @therapy *", form: .stems, vocabulary: &vocabulary).specificity == 3)
    }
}
