import Foundation
import Testing
@testable import HelplineCore

@Suite struct PluginRegistryTests {
    @Test func theReadmeShowsThePluginFileAsItIs() throws {
        let root = Fixture.testsFolder.deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(
            contentsOf: root.appendingPathComponent("Sources/HelplineCore/Plugins/EmptyMessagePlugin.swift"), encoding: .utf8)
        #expect(readme.contains("```swift\n" + source + "```"))
        let registry = try String(
            contentsOf: root.appendingPathComponent("Sources/HelplineCore/Responder/PluginRegistry.swift"), encoding: .utf8)
        let line = "registry.register(EmptyMessagePlugin.name) { (settings, _) throws(PluginConfigurationError) in try EmptyMessagePlugin(settings: settings) }"
        #expect(readme.contains(line) && registry.contains(line))
    }

    @Test func theWorkedExamplePluginAnswersMessagesWithoutWords() throws {
        let responder = try Responder.minimal()
        let reply = responder.reply(to: "🙂 ?!").reply
        #expect(reply.explanation.plugin == "empty-message")
        #expect(reply.text == "Could you tell me in a few words what you would like to know?")
        #expect(responder.reply(to: "hello").reply.explanation.plugin == "small-talk")
    }

    @Test func pluginSettingsAreCheckedAtLoad() throws {
        let fixture = try Fixture()
        let settings = try String(contentsOfFile: fixture.file("helpline.yaml"), encoding: .utf8)
        try fixture.write("helpline.yaml", settings.replacingOccurrences(
            of: "  - name: empty-message\n", with: "  - name: empty-message\n    settings:\n      txt: Say more\n"))
        #expect(fixture.diagnostics().contains { $0.contains("plugin 'empty-message': unknown setting 'txt'; known: text") })
    }

    @Test func aCustomRegistryCanAddAPlugin() throws {
        struct Echo: ResponderPlugin {
            var name: String { "echo" }
            func propose(for message: Message, in context: ReplyContext) -> [Proposal] {
                [Proposal(tier: .followUp, score: 1, reply: context.composer.message(
                    "You said: \(message.text)", intent: "echo", score: 1, explanation: Explanation(plugin: name, score: 1)))]
            }
        }
        var registry = PluginRegistry.standard
        registry.register("echo") { _, _ in Echo() }
        let fixture = try Fixture()
        let settings = try String(contentsOfFile: fixture.file("helpline.yaml"), encoding: .utf8)
        try fixture.write("helpline.yaml", settings.replacingOccurrences(of: "  - name: fallback\n", with: "  - name: echo\n"))
        let responder = try IntentLoader(verifyExamples: false, registry: registry).load(directory: fixture.path)
        #expect(responder.reply(to: "order a pizza").reply.text == "You said: order a pizza")
        #expect(responder.intent(of: "i want to end my life") == Reply.BuiltIn.crisis, "the guard still outranks it")
    }
}
