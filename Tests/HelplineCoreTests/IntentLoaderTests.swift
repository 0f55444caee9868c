import Foundation
import Testing
@testable import HelplineCore

@Suite struct IntentLoaderTests {
    @Test func loadsTheMinimalFolder() throws {
        let knowledge = try Responder.minimal().knowledge
        #expect(knowledge.intentIDs == ["crisis", "group-therapy", "hello", "talk-to-person", "virtual"])
        #expect(knowledge.intents["group-therapy"]?.excerpt?.url == "https://example.org/sample")
        #expect(knowledge.settings.message("offer") == "Call us at 555-0100.")
    }

    @Test func unknownKeyIsReportedWithItsPositionAndAHint() throws {
        let fixture = try Fixture()
        try fixture.write("hello.yaml", """
            id: hello
            title: Hello
            category: smalltalk
            exampels:
              - hi
            answer:
              text: Hello!

            """)
        #expect(fixture.diagnostics() == [
            """
            intents/hello.yaml:4:1: error: unknown key 'exampels' in an intent file
                exampels:
                ^
                hint: did you mean 'examples'? allowed keys: id, title, category, patterns, examples, answer, escalation, offer_callback, suggestions, crisis_rules, not_crisis
            """,
            """
            intents/hello.yaml:1:1: error: 'hello' has neither patterns nor examples, so nothing can match it
                id: hello
                ^
                hint: add a few 'examples:' in the visitor's words
            """,
        ])
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let fixture = try Fixture()
        try fixture.write("hello.yaml", "id: hello\ntitle: Hello\ncategory: smalltalk\nexamples: [hi]\nanswer:\n  text: \"  \"\n")
        try fixture.write("virtual.yaml", """
            id: virtual
            title: Virtual
            patterns: ["* @virtaul *"]
            examples: [online]
            answer:
              text: Yes.
              excerpt: { article: sample-article, quote: "Virtual sessions are always available." }
            suggestions: [group-therapie]

            """)
        try fixture.write("copy.yaml", "id: group-therapy\ntitle: Again\nexamples: [x]\nanswer: { text: Hi }\n")
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.contains { $0.hasPrefix("intents/hello.yaml:6:3: error: the answer of 'hello' is empty") })
        #expect(diagnostics.contains {
            $0.hasPrefix("intents/virtual.yaml:3:15: error: pattern: unknown concept '@virtaul'") && $0.contains("did you mean '@virtual'?")
        })
        #expect(diagnostics.contains {
            $0.hasPrefix("intents/virtual.yaml:7:46: error: the quote is not in the article 'sample-article' word for word")
        })
        #expect(diagnostics.contains { $0.contains("unknown suggestion 'group-therapie'") && $0.contains("did you mean 'group-therapy'?") })
        #expect(diagnostics.contains { $0.contains("intent id 'group-therapy' does not match the file name 'copy.yaml'") })
        #expect(diagnostics.contains { $0.contains("duplicate intent id 'group-therapy'") })
    }

    @Test func yamlSyntaxErrorsCarryLineAndColumn() throws {
        let fixture = try Fixture()
        try fixture.write("hello.yaml", "id: hello\ntitle: [unclosed\nanswer:\n  text: hi\n")
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("intents/hello.yaml:3:") == true)
        #expect(diagnostics.first?.contains("error: invalid YAML") == true)
    }

    /// Found by the fuzz test: Swift reads CR LF as one character, so a file saved with Windows
    /// line ends was one long line to the readers (an article had "no front matter") while the
    /// YAML parser counted its lines; every kind of line break now ends a line for both.
    @Test func filesSavedWithOtherLineBreaksLoadAndQuoteTheRightLine() throws {
        let fixture = try Fixture()
        for name in ["hello.yaml", "articles/sample-article.md", "tests/basic.yaml", "helpline.yaml"] {
            let text = try String(contentsOfFile: fixture.file(name), encoding: .utf8)
            try fixture.write(name, text.replacingOccurrences(of: "\n", with: "\r\n"))
        }
        try fixture.write("virtual.yaml", try String(contentsOfFile: fixture.file("virtual.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "\r"))
        #expect(fixture.diagnostics() == [])
        try fixture.write("hello.yaml", "id: hello\r\ntitle: Hello\r\npatterns:\r\n  - \"(hi\"\r\nanswer:\r\n  text: Hello!\r\n")
        #expect(fixture.diagnostics() == [
            """
            intents/hello.yaml:4:6: error: pattern: '(' is never closed
                  - "(hi"
                     ^
                hint: add ')'
            """,
        ])
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        let fixture = try Fixture()
        // A small "billion laughs": refused before it is expanded.
        try fixture.write("hello.yaml", """
            id: hello
            title: Hello
            category: smalltalk
            examples: &a [hi, hi, hi, hi, hi, hi, hi, hi, hi]
            patterns: [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            answer: { text: Hello }

            """)
        #expect(fixture.diagnostics() == [
            """
            intents/hello.yaml:4:11: error: YAML anchors and aliases (&name, *name) are not allowed
                examples: &a [hi, hi, hi, hi, hi, hi, hi, hi, hi]
                          ^
                hint: write the value out in full; aliases can hide very large expansions
            """
        ])
    }

    @Test func oversizedFilesAndBadFileNamesAreRefused() throws {
        let fixture = try Fixture()
        try fixture.write("Big_File.yaml", "id: x\n")
        try fixture.write("huge.yaml", "# " + String(repeating: "x", count: 70_000) + "\n")
        try fixture.write("notes.yml", "id: x\n")
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.contains {
            $0 == "intents/Big_File.yaml: error: file name 'Big_File.yaml' is not allowed\n    hint: use only lower-case letters, digits and '-', like what-is-group-therapy.yaml"
        })
        #expect(diagnostics.contains { $0.hasPrefix("intents/huge.yaml: error: file is 70003 bytes, over the limit of 65536") })
        #expect(diagnostics.contains { $0.hasPrefix("intents/notes.yml: error: unexpected file 'notes.yml'") })
    }

    @Test func anExampleAnsweredByAnotherIntentIsReported() throws {
        let fixture = try Fixture()
        try fixture.write("hello.yaml", """
            id: hello
            title: Hello
            category: smalltalk
            examples:
              - good morning
              - what is group therapy
            answer: { text: Hello }

            """)
        #expect(fixture.diagnostics() == [
            """
            intents/hello.yaml:6:5: error: example of 'hello' is answered by 'group-therapy' via 'pattern: * what is group @therapy *' (intents/group-therapy.yaml:4:5)
                  - what is group therapy
                    ^
                hint: make the examples or patterns of the two intents more distinct
            """
        ])
    }

    @Test func typeErrorsPointAtTheValue() throws {
        let fixture = try Fixture()
        try fixture.write("hello.yaml", "id: hello\ntitle: Hello\ncategory: chitchat\nexamples: good morning\noffer_callback: maybe\nanswer: { text: Hi }\n")
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.contains { $0.hasPrefix("intents/hello.yaml:3:11: error: unknown category 'chitchat'") })
        #expect(diagnostics.contains { $0.hasPrefix("intents/hello.yaml:4:11: error: 'examples' must be a list") })
        #expect(diagnostics.contains { $0.hasPrefix("intents/hello.yaml:5:17: error: 'offer_callback' must be true or false") })
    }

    @Test func settingsProblemsAreReported() throws {
        let fixture = try Fixture()
        var settings = try String(contentsOfFile: fixture.file("helpline.yaml"), encoding: .utf8)
        settings = settings.replacingOccurrences(of: "  - name: article-search\n", with: "  - name: article-serch\n")
        settings = settings.replacingOccurrences(of: "  answer: 0.55", with: "  answer: 1.5")
        try fixture.write("helpline.yaml", settings)
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.contains { $0.contains("threshold 'answer' must be between 0 and 1") })
        #expect(diagnostics.count == 1, "plugins are checked once the settings themselves are valid")
        settings = settings.replacingOccurrences(of: "  answer: 1.5", with: "  answer: 0.55")
        try fixture.write("helpline.yaml", settings)
        #expect(fixture.diagnostics().contains { $0.contains("unknown plugin 'article-serch'") && $0.contains("did you mean 'article-search'?") })
    }

    @Test func aStaleQuoteAfterAnArticleEditIsALoadError() throws {
        let fixture = try Fixture()
        let article = fixture.file("articles/sample-article.md")
        let text = try String(contentsOfFile: article, encoding: .utf8)
        try fixture.write("articles/sample-article.md", text.replacingOccurrences(of: "when meeting in person is hard", with: "for everyone"))
        #expect(fixture.diagnostics().contains { $0.contains("intents/virtual.yaml") && $0.contains("not in the article 'sample-article' word for word") })
    }
}
