import Foundation
import Testing
@testable import HelplineCore

/// A throw-away copy of the minimal intent folder, to break one file at a time.
struct Fixture {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let minimal = testsFolder.appendingPathComponent("Fixtures/minimal").path
    /// The intents the product ships.
    static let shipped = testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("intents").path

    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "helpline-fixture-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Self.minimal, toPath: path)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: file(name))
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    func load() throws -> Responder {
        try IntentLoader().load(directory: path)
    }

    /// The diagnostics loading reports, with the temporary folder shown as `intents`.
    func diagnostics() -> [String] {
        do {
            _ = try IntentLoader().load(directory: path)
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: path, with: "intents") }
        }
    }
}

/// One-verb harness for multi-turn conversations.
struct Conversation {
    let responder: Responder
    var state = ConversationState()

    init(_ responder: Responder) {
        self.responder = responder
    }

    @discardableResult
    mutating func say(
        _ text: String, expect intent: String, escalation: Escalation? = nil, contains: String? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Reply {
        let (reply, next) = responder.reply(to: text, in: state)
        state = next
        #expect(reply.intent == intent, "\"\(text)\" → \(reply.intent) via \(reply.explanation.matched ?? "-")", sourceLocation: sourceLocation)
        if let escalation { #expect(reply.escalation == escalation, sourceLocation: sourceLocation) }
        if let contains { #expect(reply.text.contains(contains), "\(reply.text)", sourceLocation: sourceLocation) }
        return reply
    }
}

extension Responder {
    static func minimal() throws -> Responder { try IntentLoader().load(directory: Fixture.minimal) }
    static func shipped() throws -> Responder { try IntentLoader().load(directory: Fixture.shipped) }

    func intent(of text: String) -> String { reply(to: text).reply.intent }
}
