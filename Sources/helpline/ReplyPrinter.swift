import Foundation
import HelplineCore

/// Renders a reply for a terminal: text, the quote with its source, buttons, numbers.
struct ReplyPrinter {
    var explain: Bool

    func render(_ reply: Reply) -> String {
        var lines = [reply.text]
        if let excerpt = reply.excerpt {
            lines.append("")
            lines.append(contentsOf: wrap(excerpt.quote, width: 76).map { "  > " + $0 })
            lines.append("  — \(excerpt.title), \(excerpt.url)")
        }
        if !reply.suggestions.isEmpty {
            lines.append("")
            lines.append("You can also ask about: " + reply.suggestions.map { "[\($0.title)]" }.joined(separator: " "))
        }
        if !reply.actions.isEmpty {
            lines.append("Call: " + reply.actions.map(\.label).joined(separator: " · "))
        }
        if explain { lines.append(explanation(reply)) }
        return lines.joined(separator: "\n")
    }

    func explanation(_ reply: Reply) -> String {
        let why = reply.explanation
        var lines = [
            "--- why: plugin \(why.plugin), intent \(reply.intent), confidence \(String(format: "%.3f", reply.confidence)), escalation \(reply.escalation.rawValue)"
        ]
        if let matched = why.matched { lines.append("    matched \(matched)" + (why.source.map { " (\($0))" } ?? "")) }
        for concept in why.concepts ?? [] { lines.append("    concept \(concept)") }
        if !why.corrections.isEmpty { lines.append("    corrected " + why.corrections.joined(separator: ", ")) }
        for candidate in why.runnersUp {
            lines.append("    runner-up \(candidate.intent) \(String(format: "%.3f", candidate.score)) (\(candidate.plugin))")
        }
        if let handoff = reply.handoff { lines.append("    handoff \(handoff.priority.rawValue): \(handoff.reason)") }
        return lines.joined(separator: "\n")
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
