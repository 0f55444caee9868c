import Foundation

/// Organisation-wide settings from `intents/helpline.yaml`.
public struct HelplineSettings: Sendable {
    /// A phone number as shown and as dialled.
    public struct Phone: Sendable, Hashable, Codable {
        public var label: String
        public var display: String
        public var tel: String

        public init(label: String, display: String, tel: String) {
            self.label = label
            self.display = display
            self.tel = tel
        }
    }

    /// A plugin to run, in order, with its settings.
    public struct PluginEntry: Sendable {
        public var name: String
        public var settings: PluginSettings
        public var location: SourceLocation
    }

    public var organization: String
    public var helpline: Phone
    public var emergency: Phone
    public var crisisLine: Phone
    public var poisonHelp: Phone
    /// Messages by name (`fallback`, `handoff`, ...), placeholders filled in at load time.
    public var messages: [String: String]
    /// Below this confidence a reply falls back.
    public var answerThreshold: Double
    /// When the two best intents are closer than this, ask which one was meant.
    public var ambiguityMargin: Double
    public var plugins: [PluginEntry]
    /// Conversations older than this many days are deleted by the retention purge
    /// (open handoffs keep theirs until closed).
    public var retentionDays: Int = 30

    /// Names of the messages every helpline.yaml must define.
    public static let requiredMessages = [
        "fallback", "fallback_repeated", "offer", "callback_offer", "handoff", "callback_declined",
        "ambiguous", "crisis_closing",
    ]

    /// The message `name`, with `{helpline}`, `{organization}` and the other numbers filled in.
    public func message(_ name: String) -> String {
        messages[name] ?? ""
    }

    /// Fills placeholders in any staff-written text.
    public func fill(_ template: String) -> String {
        guard template.contains("{") else { return template }
        return template
            .replacingOccurrences(of: "{helpline}", with: helpline.display)
            .replacingOccurrences(of: "{organization}", with: organization)
            .replacingOccurrences(of: "{emergency}", with: emergency.display)
            .replacingOccurrences(of: "{crisis_line}", with: crisisLine.display)
            .replacingOccurrences(of: "{poison_help}", with: poisonHelp.display)
    }
}

/// A plugin's settings from `helpline.yaml`, read by the plugin's factory.
public struct PluginSettings: Sendable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// The number under `key`, `defaultValue` when absent; throws when it is not a number.
    public func double(_ key: String, default defaultValue: Double) throws(PluginConfigurationError) -> Double {
        guard let text = values[key] else { return defaultValue }
        guard let value = Double(text) else {
            throw PluginConfigurationError("setting '\(key)' must be a number, not '\(text)'")
        }
        return value
    }

    /// Throws when a key outside `known` is set, so a typo does not go unnoticed.
    public func allowOnly(_ known: [String]) throws(PluginConfigurationError) {
        for key in values.keys.sorted() where !known.contains(key) {
            throw PluginConfigurationError(
                "unknown setting '\(key)'" + (known.isEmpty ? "; this plugin takes no settings" : "; known: \(known.joined(separator: ", "))"))
        }
    }
}

/// A plugin refused its settings.
public struct PluginConfigurationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
