import ArgumentParser
import Foundation
import HelplineCore

/// Messages one per line on standard input; one JSON object per line on standard output.
struct Classify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify messages read one per line from standard input, writing JSON lines.",
        discussion: "Each output line: {\"intent\", \"confidence\", \"escalation\", \"excerpt\", \"plugin\"}; excerpt is the article id or null.")

    @OptionGroup var options: IntentOptions

    struct Line: Encodable {
        var intent: String
        var confidence: Double
        var escalation: String
        var excerpt: String?
        var plugin: String

        enum CodingKeys: String, CodingKey { case intent, confidence, escalation, excerpt, plugin }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(intent, forKey: .intent)
            try container.encode((confidence * 1000).rounded() / 1000, forKey: .confidence)
            try container.encode(escalation, forKey: .escalation)
            try container.encode(excerpt, forKey: .excerpt)  // null when absent, not omitted
            try container.encode(plugin, forKey: .plugin)
        }
    }

    func run() async throws {
        let responder = try options.loadResponder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var output = Data()
        while let line = readLine(strippingNewline: true) {
            let reply = responder.reply(to: line).reply
            let record = Line(
                intent: reply.intent, confidence: reply.confidence, escalation: reply.escalation.rawValue,
                excerpt: reply.excerpt?.article, plugin: reply.explanation.plugin)
            output.append(try encoder.encode(record))
            output.append(0x0A)
            if output.count > 64 * 1024 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }
}
