/// One file of an intent folder checked on its own, from its bytes, the way
/// `IntentLoader.load(directory:)` reads it: the size and UTF-8 checks first, then the file's
/// reader (YAML, keys, types), and for an intent file the parse of its patterns and crisis rules.
/// The checks across files (ids, suggestions, quotes, examples) need the whole folder and are
/// not made here.
///
/// The fuzz harness feeds it mutated files: whatever the bytes, it returns diagnostics, never
/// traps, and works within the loader's own bounds (64 KiB, no YAML aliases).
package struct IntentFileCheck: Sendable {
    /// Which reader a file goes to, as the folder's layout decides.
    package enum Kind: String, CaseIterable, Sendable {
        case intent, settings, lexicon, conversationTest, article, crisisCorpus
    }

    let maximumFileSize: Int
    let parser: PatternParser
    let vocabulary: Vocabulary

    /// - Parameter lexicon: the concepts (`@name`) patterns may use.
    package init(lexicon: Lexicon = Lexicon(), maximumFileSize: Int = IntentLoader().maximumFileSize) {
        self.maximumFileSize = maximumFileSize
        let analyzer = TextAnalyzer(normalizer: TextNormalizer(lexicon: lexicon))
        var vocabulary = Vocabulary()
        let concepts = ConceptSet(lexicon: lexicon, analyzer: analyzer, vocabulary: &vocabulary)
        parser = PatternParser(analyzer: analyzer, concepts: concepts)
        self.vocabulary = vocabulary
    }

    /// The lexicon of `lexicon.yaml`'s text, or an empty one if the text has errors.
    package static func lexicon(fromText text: String, path: String = "lexicon.yaml") -> Lexicon {
        var diagnostics: [Diagnostic] = []
        return LexiconReader.read(SourceFile(path: path, text: text), diagnostics: &diagnostics) ?? Lexicon()
    }

    /// How many lines the readers see in `bytes` (every kind of line break counts); nil when
    /// they are not UTF-8.
    package static func lineCount(of bytes: [UInt8]) -> Int? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return SourceFile.normalisingLineBreaks(text).utf8.count { $0 == UInt8(ascii: "\n") } + 1
    }

    /// What is wrong with the file on its own; empty when nothing is.
    ///
    /// - Parameter path: the file's path, for the diagnostics; its last component names an
    ///   article or a crisis corpus as the folder would.
    package func diagnostics(of bytes: [UInt8], kind: Kind, path: String) -> [Diagnostic] {
        guard bytes.count <= maximumFileSize else {
            return [Diagnostic(file: path, message: "file is \(bytes.count) bytes, over the limit of \(maximumFileSize)",
                               hint: "split it into smaller intents")]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return [Diagnostic(file: path, message: "cannot read the file as UTF-8 text", hint: "save it as UTF-8")]
        }
        let source = SourceFile(path: path, text: text)
        let name = String(path.split(separator: "/").last?.split(separator: ".").first ?? "")
        var diagnostics: [Diagnostic] = []
        switch kind {
        case .settings: _ = SettingsReader.read(source, diagnostics: &diagnostics)
        case .lexicon: _ = LexiconReader.read(source, diagnostics: &diagnostics)
        case .conversationTest: _ = ConversationTestReader.read(source, diagnostics: &diagnostics)
        case .article: _ = ArticleReader.read(source, id: name, diagnostics: &diagnostics)
        case .crisisCorpus:
            var corpus = CrisisCorpus()
            CrisisCorpusReader.read(source, name: name, into: &corpus, diagnostics: &diagnostics)
        case .intent:
            guard let contents = IntentFileReader.read(source, diagnostics: &diagnostics) else { break }
            let form: Pattern.Form = contents.intent.category == .crisis ? .words : .stems
            for pattern in contents.intent.patterns { check(pattern, form: form, in: source, into: &diagnostics) }
            for rule in contents.crisisRules { check(rule.pattern, form: .words, in: source, into: &diagnostics) }
        }
        return diagnostics
    }

    private func check(_ pattern: Located<String>, form: Pattern.Form, in source: SourceFile, into diagnostics: inout [Diagnostic]) {
        var vocabulary = vocabulary
        do {
            _ = try parser.parse(pattern.value, form: form, vocabulary: &vocabulary)
        } catch {
            // As the loader reports it: columns point into the file, one further for a quote.
            let first = source.line(pattern.location.line).flatMap { Array($0).dropFirst(max(0, pattern.location.column - 1)).first }
            let quoted = first == "\"" || first == "'"
            diagnostics.append(source.diagnostic(
                "pattern: \(error.message)", line: pattern.location.line,
                column: pattern.location.column + error.offset + (quoted ? 1 : 0), hint: error.hint))
        }
    }
}
