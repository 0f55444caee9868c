import Foundation

/// Loads `intents/`: reads every file, reports every problem at once with its position, and
/// compiles a `Responder` only when nothing is wrong.
public struct IntentLoader: Sendable {
    /// Files larger than this are refused before they are parsed.
    public var maximumFileSize: Int
    /// Check that every example is answered by its own intent (off for synthetic benchmarks).
    public var verifyExamples: Bool
    public var registry: PluginRegistry

    public init(maximumFileSize: Int = 64 * 1024, verifyExamples: Bool = true, registry: PluginRegistry = .standard) {
        self.maximumFileSize = maximumFileSize
        self.verifyExamples = verifyExamples
        self.registry = registry
    }

    /// The responder for the intent folder at `directory`.
    public func load(directory: String) throws(IntentLoadError) -> Responder {
        var diagnostics: [Diagnostic] = []
        let files = IntentFolder(directory: directory, maximumFileSize: maximumFileSize, diagnostics: &diagnostics)

        var settings: HelplineSettings?
        var lexicon: Lexicon?
        var intentFiles: [(name: String, contents: IntentFileContents)] = []
        var articles: [String: Article] = [:]
        var tests: [ConversationTest] = []
        if let source = files.settings { settings = SettingsReader.read(source, diagnostics: &diagnostics) }
        if let source = files.lexicon { lexicon = LexiconReader.read(source, diagnostics: &diagnostics) } else { lexicon = Lexicon() }
        for (name, source) in files.intents {
            if let contents = IntentFileReader.read(source, diagnostics: &diagnostics) {
                intentFiles.append((name, contents))
            }
        }
        for (name, source) in files.articles {
            if let article = ArticleReader.read(source, id: name, diagnostics: &diagnostics) { articles[name] = article }
        }
        for source in files.tests { tests += ConversationTestReader.read(source, diagnostics: &diagnostics) }
        var corpus = CrisisCorpus()
        for (name, source) in files.corpora {
            CrisisCorpusReader.read(source, name: name, into: &corpus, diagnostics: &diagnostics)
        }

        guard let settings, let lexicon else { throw IntentLoadError(diagnostics: diagnostics) }
        // Cross-file checks run even after a file failed to read, so every problem shows at once.
        var compiler = KnowledgeCompiler(settings: settings, lexicon: lexicon, articles: articles, directory: directory)
        let knowledge = compiler.compile(intentFiles, tests: tests, corpus: corpus)
        diagnostics += compiler.diagnostics
        guard let knowledge, diagnostics.isEmpty else { throw IntentLoadError(diagnostics: diagnostics) }
        let responder = try Responder(knowledge: knowledge, registry: registry)
        if verifyExamples {
            let problems = ExampleVerifier(responder: responder).problems(crisisExamples: compiler.crisisExamples)
            if !problems.isEmpty { throw IntentLoadError(diagnostics: problems) }
        }
        return responder
    }
}

/// The files of an intent folder, sorted by kind, with size and naming checked.
struct IntentFolder {
    var settings: SourceFile?
    var lexicon: SourceFile?
    var intents: [(name: String, source: SourceFile)] = []
    var articles: [(name: String, source: SourceFile)] = []
    var tests: [SourceFile] = []
    var corpora: [(name: String, source: SourceFile)] = []

    init(directory: String, maximumFileSize: Int, diagnostics: inout [Diagnostic]) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(Diagnostic(file: directory, message: "no intent folder here",
                                          hint: "pass the folder that holds helpline.yaml, e.g. intents/"))
            return
        }
        func read(_ folder: String, extension wanted: String) -> [(name: String, source: SourceFile)] {
            let path = folder.isEmpty ? directory : (directory as NSString).appendingPathComponent(folder)
            guard let entries = try? manager.contentsOfDirectory(atPath: path) else { return [] }
            var result: [(name: String, source: SourceFile)] = []
            for entry in entries.sorted() where entry != "README.md" {
                let ext = (entry as NSString).pathExtension
                let file = (path as NSString).appendingPathComponent(entry)
                let name = (entry as NSString).deletingPathExtension
                if ext == "yml" {
                    diagnostics.append(Diagnostic(file: file, message: "unexpected file '\(entry)'",
                                                  hint: "rename it to \(name).yaml"))
                }
                guard ext == wanted else { continue }
                guard name.isSlug else {
                    diagnostics.append(Diagnostic(
                        file: file, message: "file name '\(entry)' is not allowed",
                        hint: "use only lower-case letters, digits and '-', like what-is-group-therapy.\(ext)"))
                    continue
                }
                let size = ((try? manager.attributesOfItem(atPath: file))?[.size] as? NSNumber)?.intValue ?? 0
                guard size <= maximumFileSize else {
                    diagnostics.append(Diagnostic(
                        file: file, message: "file is \(size) bytes, over the limit of \(maximumFileSize)",
                        hint: "split it into smaller intents"))
                    continue
                }
                guard let data = manager.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(Diagnostic(file: file, message: "cannot read the file as UTF-8 text",
                                                  hint: "save it as UTF-8"))
                    continue
                }
                result.append((name, SourceFile(path: file, text: text)))
            }
            return result
        }
        for (name, source) in read("", extension: "yaml") {
            switch name {
            case "helpline": settings = source
            case "lexicon": lexicon = source
            default: intents.append((name, source))
            }
        }
        articles = read("articles", extension: "md")
        tests = read("tests", extension: "yaml").map(\.source)
        corpora = read("tests", extension: "tsv")
        if settings == nil, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(
                file: (directory as NSString).appendingPathComponent("helpline.yaml"),
                message: "helpline.yaml is missing", hint: "every intent folder needs helpline.yaml (phones, messages, plugins)"))
        }
    }
}
