import Yams

/// Reads `intents/tests/<name>.yaml`: `conversations:` of `turns:` with `say` and `expect`.
struct ConversationTestReader {
    static func read(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> [ConversationTest] {
        var reader = YAMLReader(source: source)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let root = reader.root(),
            let fields = reader.mapping(root, allowed: ["conversations"], what: "a conversation test file"),
            let list = fields["conversations"]?.sequence
        else {
            if reader.diagnostics.isEmpty {
                reader.fail("expected 'conversations:' with a list of conversations", at: nil)
            }
            return []
        }
        var tests: [ConversationTest] = []
        for item in list {
            guard let conversation = reader.mapping(item, allowed: ["name", "turns"], what: "a conversation"),
                let name = reader.string(conversation["name"], "name", in: item)
            else { continue }
            guard let turnList = conversation["turns"]?.sequence, !turnList.isEmpty else {
                reader.fail("conversation '\(name)' needs 'turns:' with at least one '- say: ...'", at: item.mark)
                continue
            }
            var turns: [ConversationTest.Turn] = []
            for turnNode in turnList {
                guard let turn = reader.mapping(turnNode, allowed: ["say", "expect"], what: "a turn"),
                    let say = reader.string(turn["say"], "say", in: turnNode)
                else { continue }
                var expected = ConversationTest.Turn(
                    say: say, intent: nil, escalation: nil, contains: [], notContains: [],
                    location: reader.location(of: turnNode))
                if let expectNode = turn["expect"],
                    let expect = reader.mapping(
                        expectNode, allowed: ["intent", "escalation", "contains", "not_contains"], what: "expect") {
                    expected.intent = reader.string(expect["intent"], "intent", in: expectNode, required: false)
                    if let node = expect["escalation"], let text = reader.string(node, "escalation", in: expectNode) {
                        expected.escalation = Escalation(rawValue: text)
                        if expected.escalation == nil {
                            reader.fail("unknown escalation '\(text)'", at: node.mark,
                                        hint: "use one of: \(Escalation.allCases.map(\.rawValue).joined(separator: ", "))")
                        }
                    }
                    expected.contains = reader.strings(expect["contains"], "contains").map(\.value)
                    expected.notContains = reader.strings(expect["not_contains"], "not_contains").map(\.value)
                }
                turns.append(expected)
            }
            tests.append(ConversationTest(name: name, turns: turns, location: reader.location(of: item)))
        }
        return tests
    }
}
