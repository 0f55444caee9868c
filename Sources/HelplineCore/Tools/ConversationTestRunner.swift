/// Runs the conversation tests of `intents/tests/` against a responder.
public struct ConversationTestRunner: Sendable {
    /// A turn whose reply was not what the test expected.
    public struct Failure: Sendable, CustomStringConvertible {
        public var test: String
        public var location: SourceLocation
        public var said: String
        public var problems: [String]

        public var description: String {
            "\(location): error: conversation '\(test)', turn \"\(said)\": " + problems.joined(separator: "; ")
        }
    }

    public let responder: Responder

    public init(responder: Responder) {
        self.responder = responder
    }

    /// Failures of every test, in order; empty when all pass.
    public func run() -> [Failure] {
        responder.knowledge.conversationTests.flatMap(run)
    }

    public func run(_ test: ConversationTest) -> [Failure] {
        var state = ConversationState()
        var failures: [Failure] = []
        for turn in test.turns {
            let (reply, next) = responder.reply(to: turn.say, in: state)
            state = next
            var problems: [String] = []
            if let intent = turn.intent, reply.intent != intent {
                problems.append("expected intent '\(intent)', got '\(reply.intent)'")
            }
            if let escalation = turn.escalation, reply.escalation != escalation {
                problems.append("expected escalation '\(escalation.rawValue)', got '\(reply.escalation.rawValue)'")
            }
            let text = reply.text.lowercased()
            for fragment in turn.contains where !text.contains(fragment.lowercased()) {
                problems.append("reply does not contain \"\(fragment)\"")
            }
            for fragment in turn.notContains where text.contains(fragment.lowercased()) {
                problems.append("reply contains \"\(fragment)\"")
            }
            if !problems.isEmpty {
                failures.append(Failure(test: test.name, location: turn.location, said: turn.say, problems: problems))
            }
        }
        return failures
    }
}
