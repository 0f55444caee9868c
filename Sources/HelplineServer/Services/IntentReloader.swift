import HelplineCore
public import Logging
import Foundation

/// Loads the intent folder again and, only if the whole set is valid, swaps it in.
public struct IntentReloader: Sendable {
    /// How a reload ended.
    public enum Outcome: Sendable {
        case reloaded(intents: Int)
        /// Nothing changed; the last good set keeps serving.
        case failed(diagnostics: [String])
    }

    public let directory: String
    public let box: ResponderBox
    let metrics: HelplineMetrics
    let logger: Logger

    public init(directory: String, box: ResponderBox, metrics: HelplineMetrics = HelplineMetrics(), logger: Logger) {
        self.directory = directory
        self.box = box
        self.metrics = metrics
        self.logger = logger
    }

    @discardableResult
    public func reload(reason: String) -> Outcome {
        do {
            let responder = try IntentLoader().load(directory: directory)
            box.replace(with: responder)
            metrics.reload(succeeded: true, intents: responder.knowledge.intents.count)
            logger.info("intents reloaded", metadata: ["reload.reason": "\(reason)", "intents.count": "\(responder.knowledge.intents.count)"])
            return .reloaded(intents: responder.knowledge.intents.count)
        } catch {
            let diagnostics = error.diagnostics.map(\.description)
            box.recordFailure()
            metrics.reload(succeeded: false, intents: nil)
            // Diagnostics quote staff files, never visitors' words, so they may be logged.
            logger.error("intent reload failed; the last good set keeps serving", metadata: [
                "reload.reason": "\(reason)", "reload.errors": "\(diagnostics.count)", "reload.diagnostics": "\(error.description)",
            ])
            return .failed(diagnostics: diagnostics)
        }
    }
}
