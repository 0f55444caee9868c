/// A scripted conversation from `intents/tests/*.yaml`, run by `helpline check`.
public struct ConversationTest: Sendable {
    /// One visitor message and what the reply must show.
    public struct Turn: Sendable {
        public var say: String
        public var intent: String?
        public var escalation: Escalation?
        public var contains: [String]
        public var notContains: [String]
        public var location: SourceLocation
    }

    public var name: String
    public var turns: [Turn]
    public var location: SourceLocation
}
