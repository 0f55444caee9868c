import Foundation
public import HelplineStore
import HelplineCore

/// Formats a stored conversation for staff: Markdown to read, JSON lines to process, or a
/// conversation test for `intents/tests/` so a reply that went wrong becomes a regression test.
public enum TranscriptExporter {
    /// Export formats for `helpline transcripts export --format`.
    public enum Format: String, Sendable, CaseIterable {
        case markdown, jsonl

        public var fileExtension: String { self == .markdown ? "md" : "jsonl" }
    }

    public static func markdown(_ conversation: StoredConversation, turns: [StoredTurn], handoffs: [StoredHandoff]) -> String {
        var lines = [
            "# Conversation \(id(conversation.id))", "",
            "- started: \(timestamp(conversation.createdAt))",
            "- last activity: \(timestamp(conversation.updatedAt))",
            "- turns: \(conversation.turnCount), highest escalation: \(conversation.escalation.rawValue)",
        ]
        for handoff in handoffs {
            var line = "- handoff \(id(handoff.id)): \(handoff.priority.rawValue), \(handoff.status.rawValue), \(handoff.reason)"
            if let callback = handoff.callback {
                line += "; call back \(callback.name ?? "(no name)") at \(callback.phone)" + (callback.bestTime.map { ", \($0)" } ?? "")
            }
            if let note = handoff.note { line += "; note: \(note)" }
            lines.append(line)
        }
        for turn in turns {
            lines += [
                "", "## \(turn.sequence). \(timestamp(turn.createdAt))", "",
                "**Visitor:** \(turn.message)", "",
                "**Assistant** (\(turn.intent), \(turn.plugin), \(String(format: "%.2f", turn.confidence)), \(turn.escalation.rawValue)):", "",
            ]
            lines += turn.replyText.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON object per turn.
    public static func jsonl(_ conversation: StoredConversation, turns: [StoredTurn]) -> String {
        turns.map { turn in
            let record: [String: Any] = [
                "conversation": id(conversation.id), "sequence": turn.sequence, "at": timestamp(turn.createdAt),
                "message": turn.message, "reply": turn.replyText, "intent": turn.intent, "plugin": turn.plugin,
                "confidence": turn.confidence, "escalation": turn.escalation.rawValue,
            ]
            let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    /// A conversation test expecting what was answered; staff then correct the turn that went wrong.
    public static func conversationTest(_ conversation: StoredConversation, turns: [StoredTurn]) -> String {
        var lines = [
            "# Exported from conversation \(id(conversation.id)) on \(timestamp(Date())).",
            "# Each turn expects what the assistant answered then. Change the expectation of the turn",
            "# that went wrong to what it should have been, fix the intents, and run `helpline check`.",
            "conversations:",
            "  - name: \(quoted("conversation \(id(conversation.id).prefix(8)) from \(timestamp(conversation.createdAt))"))",
            "    turns:",
        ]
        for turn in turns {
            lines.append("      - say: \(quoted(turn.message))")
            lines.append("        expect: { intent: \(quoted(turn.intent)), escalation: \(turn.escalation.rawValue) }")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON string is a valid YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }

    static func id(_ uuid: UUID) -> String { uuid.lowercasedString }

    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }
}

/// Words that suggest risk; a conversation holding one that never escalated is worth a second look.
public enum MissedEscalationReview {
    public static let defaultTerms = [
        "overdose", "overdosed", "suicide", "suicidal", "kill myself", "end my life", "want to die", "hurt myself",
        "self harm", "cutting", "not breathing", "unresponsive", "passed out", "narcan", "naloxone", "relapse",
        "relapsed", "withdrawal", "fentanyl", "heroin", "pills", "hopeless", "can't go on", "kms", "unalive",
    ]
}
