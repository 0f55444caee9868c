/// Cross-file checks and compilation of what the readers produced into a `KnowledgeBase`.
struct KnowledgeCompiler {
    let settings: HelplineSettings
    let lexicon: Lexicon
    let articles: [String: Article]
    let directory: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Examples of the crisis intent, which must all be caught as crises.
    private(set) var crisisExamples: [Located<String>] = []

    /// Ids the responder uses for its own replies; no file may take them.
    static let reservedIDs: Set<String> = [
        Reply.BuiltIn.fallback, Reply.BuiltIn.ambiguous, Reply.BuiltIn.callbackDeclined, Reply.BuiltIn.articleSearch,
        Reply.BuiltIn.callbackConfirm, Reply.BuiltIn.callbackConfirmed,
    ]

    init(settings: HelplineSettings, lexicon: Lexicon, articles: [String: Article], directory: String) {
        self.settings = settings
        self.lexicon = lexicon
        self.articles = articles
        self.directory = directory
    }

    mutating func compile(
        _ files: [(name: String, contents: IntentFileContents)], tests: [ConversationTest], corpus: CrisisCorpus = CrisisCorpus()
    ) -> KnowledgeBase? {
        let plain = TextAnalyzer(normalizer: TextNormalizer(lexicon: lexicon))
        var vocabulary = Vocabulary()
        // Stop words take the first ids, so "is this a stop word" is one comparison.
        for word in Stopwords.words.sorted() { _ = vocabulary.intern(word) }
        let stopwordCount = Int32(vocabulary.count)
        let concepts = ConceptSet(lexicon: lexicon, analyzer: plain, vocabulary: &vocabulary)
        let parser = PatternParser(analyzer: plain, concepts: concepts)

        var intents: [Intent] = []
        var firstDefinition: [String: SourceLocation] = [:]
        var topicPatterns: [IntentIndex.IndexedPattern] = []
        var smallTalkPatterns: [IntentIndex.IndexedPattern] = []
        var crisisRules: [CrisisRule] = []
        var notCrisis: [Located<String>] = []

        for (name, contents) in files {
            var intent = contents.intent
            let at = intent.location
            if !intent.id.isSlug {
                fail("intent id '\(intent.id)' may use only a-z, 0-9 and '-'", at: at)
            } else if intent.id != name {
                fail("intent id '\(intent.id)' does not match the file name '\(name).yaml'", at: at,
                     hint: "rename the file to \(intent.id).yaml or change the id")
            }
            if Self.reservedIDs.contains(intent.id) {
                fail("'\(intent.id)' is reserved for the responder's own replies", at: at, hint: "choose another id")
            }
            if let first = firstDefinition[intent.id] {
                fail("duplicate intent id '\(intent.id)' (first defined at \(first))", at: at, hint: "each id must be unique")
                continue
            }
            firstDefinition[intent.id] = at
            if intent.title.trimmingWhitespace().isEmpty { fail("the title of '\(intent.id)' is empty", at: at) }
            if intent.category == .crisis, intent.escalation != .emergency {
                fail("the crisis intent must have 'escalation: emergency'", at: at)
            }
            if intent.category != .crisis, intent.escalation == .emergency {
                fail("only the crisis intent may use 'escalation: emergency'", at: at,
                     hint: "use 'category: crisis' or another escalation level")
            }
            if intent.category != .crisis, intent.patterns.isEmpty, intent.examples.isEmpty {
                fail("'\(intent.id)' has neither patterns nor examples, so nothing can match it", at: at,
                     hint: "add a few 'examples:' in the visitor's words")
            }
            if let reference = contents.excerptReference { intent.excerpt = resolve(reference) }
            intent.answer = settings.fill(intent.answer.trimmingWhitespace())

            for pattern in intent.patterns {
                let form: Pattern.Form = intent.category == .crisis ? .words : .stems
                guard let compiled = compile(pattern, form: form, parser: parser, vocabulary: &vocabulary) else { continue }
                let entry = IntentIndex.IndexedPattern(intent: intent.id, pattern: compiled, location: pattern.location)
                switch intent.category {
                case .topic: topicPatterns.append(entry)
                case .smalltalk: smallTalkPatterns.append(entry)
                case .crisis:
                    crisisRules.append(CrisisRule(category: .suicidal, pattern: compiled, origin: pattern.location.description))
                }
            }
            for (category, pattern) in contents.crisisRules {
                guard let compiled = compile(pattern, form: .words, parser: parser, vocabulary: &vocabulary) else { continue }
                crisisRules.append(CrisisRule(category: category, pattern: compiled, origin: pattern.location.description))
            }
            if intent.category == .crisis { crisisExamples += intent.examples }
            notCrisis += contents.notCrisis
            intents.append(intent)
        }

        let ids = Set(intents.map(\.id))
        for intent in intents {
            for suggestion in intent.suggestions where !ids.contains(suggestion) || suggestion == intent.id {
                let hint = closest(to: suggestion, in: Array(ids)).map { "did you mean '\($0)'?" }
                fail(suggestion == intent.id ? "'\(intent.id)' suggests itself" : "unknown suggestion '\(suggestion)' in '\(intent.id)'",
                     at: intent.location, hint: hint ?? "suggestions name other intent ids")
            }
        }
        for test in tests {
            for turn in test.turns {
                if let expected = turn.intent, !ids.contains(expected), !Self.reservedIDs.contains(expected), expected != Reply.BuiltIn.crisis {
                    fail("conversation test '\(test.name)' expects unknown intent '\(expected)'", at: turn.location)
                }
            }
        }
        guard diagnostics.isEmpty else { return nil }

        let topics = intents.filter { $0.category == .topic }
        let smallTalk = intents.filter { $0.category == .smalltalk }
        let topicIndex = IntentIndex(
            intents: topics, patterns: topicPatterns, analyzer: plain, concepts: concepts,
            vocabulary: &vocabulary, stopwordCount: stopwordCount)
        let smallTalkIndex = IntentIndex(
            intents: smallTalk, patterns: smallTalkPatterns, analyzer: plain, concepts: concepts,
            vocabulary: &vocabulary, stopwordCount: stopwordCount)
        // Interned, the everyday class's words included: a message's words the intents never use
        // but everyday requests do are then known words, not unknown ones (measured: CLINC150
        // falls back 98.2% with, 97.9% without).
        func trainingFeatures(_ text: String) -> [String] {
            let stems = plain.stems(text)
            let found = concepts.features(in: stems.map { vocabulary.intern($0) }).map { vocabulary.token($0) }
            return LinearClassifier.features(stems: stems, concepts: found)
        }
        var trainingSet: [(intent: Int, features: [String])] = []
        for (position, intent) in topics.enumerated() {
            for text in intent.examples.map(\.value) + [intent.title] { trainingSet.append((position, trainingFeatures(text))) }
        }
        // No more out-of-scope examples than topic ones (an even sample of them), so a small
        // set of intents is not drowned by the everyday class.
        let outOfScope = OutOfScopeExamples.texts
        let step = max(1, (outOfScope.count + trainingSet.count - 1) / max(1, trainingSet.count))
        for index in stride(from: 0, to: outOfScope.count, by: step) { trainingSet.append((topics.count, trainingFeatures(outOfScope[index]))) }
        let classifier = LinearClassifier(labels: topics.map(\.id) + [OutOfScopeExamples.label], examples: trainingSet)
        // Article words get ids too, so article search can match words no intent uses.
        for article in articles.values { for passage in article.passages { for stem in plain.stems(passage) { _ = vocabulary.intern(stem) } } }
        // The corrector knows every stem an example, a pattern or a concept uses.
        var frequencies = topicIndex.stemFrequencies.merging(smallTalkIndex.stemFrequencies, uniquingKeysWith: +)
        for members in concepts.stemMembers.values { for member in members { for id in member { frequencies[id, default: 0] += 1 } } }
        for entry in topicPatterns + smallTalkPatterns { for id in entry.pattern.literalWords { frequencies[id, default: 0] += 1 } }
        var known: [String: Int] = [:]
        for (id, count) in frequencies where !vocabulary.token(id).hasPrefix("@") { known[vocabulary.token(id)] = count }
        let analyzer = TextAnalyzer(
            normalizer: plain.normalizer, corrector: SpellingCorrector(vocabulary: known), vocabulary: vocabulary)

        // Words the intents and articles spell right are never read as a crisis word one typo away.
        var spelledRight = Set<String>()
        for intent in intents { for example in intent.examples { spelledRight.formUnion(CrisisText.words(example.value)) } }
        for article in articles.values { for passage in article.passages { spelledRight.formUnion(CrisisText.words(passage)) } }

        return KnowledgeBase(
            settings: settings, lexicon: lexicon, intents: intents, articles: articles, analyzer: analyzer,
            concepts: concepts, crisisRules: crisisRules, notCrisis: notCrisis, conversationTests: tests,
            topicIndex: topicIndex, smallTalkIndex: smallTalkIndex, directory: directory,
            stopwordCount: stopwordCount, topicClassifier: classifier, crisisDetector: CrisisDetector(knownWords: spelledRight), crisisCorpus: corpus)
    }

    private mutating func resolve(_ reference: (article: Located<String>, quote: Located<String>)) -> Excerpt? {
        guard let article = articles[reference.article.value] else {
            let hint = closest(to: reference.article.value, in: Array(articles.keys)).map { "did you mean '\($0)'? " } ?? ""
            fail("unknown article '\(reference.article.value)'", at: reference.article.location,
                 hint: hint + "articles are the .md files in intents/articles/")
            return nil
        }
        let quote = reference.quote.value.collapsingWhitespace()
        guard !quote.isEmpty, article.searchableBody.contains(quote) else {
            fail("the quote is not in the article '\(article.id)' word for word", at: reference.quote.location,
                 hint: "copy the sentence from intents/articles/\(article.id).md exactly, including curly apostrophes (’)")
            return nil
        }
        return Excerpt(quote: quote, article: article.id, title: article.title, url: article.url)
    }

    private mutating func compile(
        _ pattern: Located<String>, form: Pattern.Form, parser: PatternParser, vocabulary: inout Vocabulary
    ) -> Pattern? {
        do {
            return try parser.parse(pattern.value, form: form, vocabulary: &vocabulary)
        } catch {
            // Columns point into the file: the scalar starts at the location, plus one for a quote.
            var location = pattern.location
            location.column += error.offset + (quoted(pattern) ? 1 : 0)
            fail("pattern: \(error.message)", at: location, hint: error.hint)
            return nil
        }
    }

    private func quoted(_ pattern: Located<String>) -> Bool {
        guard let line = lineText(pattern.location), pattern.location.column >= 1 else { return false }
        let characters = Array(line)
        let index = pattern.location.column - 1
        return index < characters.count && (characters[index] == "\"" || characters[index] == "'")
    }

    private func lineText(_ location: SourceLocation) -> String? {
        guard let data = FileManager.default.contents(atPath: location.file), let text = String(data: data, encoding: .utf8) else { return nil }
        return SourceFile(path: location.file, text: text).line(location.line)
    }

    private mutating func fail(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(Diagnostic(
            file: location.file, line: location.line, column: location.column, message: message, hint: hint,
            sourceLine: lineText(location)))
    }
}

import Foundation
