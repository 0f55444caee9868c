public import HelplineStore

/// Delivers handoff notifications to staff: a plugin seam like the responder's plugins.
/// The payload carries ids and the reason, never the conversation's text.
public protocol Notifier: Sendable {
    /// The name used in settings and in delivery records.
    var name: String { get }
    /// Tries once to deliver `item`; never throws, the result says how it went.
    func deliver(_ item: OutboxItem) async -> DeliveryResult
}

/// How one delivery attempt went.
public struct DeliveryResult: Sendable, Hashable {
    public var succeeded: Bool
    public var statusCode: Int?
    /// What went wrong, for staff; never visitor text.
    public var error: String?

    public init(succeeded: Bool, statusCode: Int? = nil, error: String? = nil) {
        self.succeeded = succeeded
        self.statusCode = statusCode
        self.error = error
    }
}

/// Notifier names usable in settings, each with the function that builds it; the same shape
/// as `PluginRegistry`: one file per notifier and one `register` line in `standard`.
public struct NotifierRegistry: Sendable {
    public typealias Factory = @Sendable ([String: String]) throws -> any Notifier

    private var factories: [String: Factory] = [:]

    public init() {}

    /// The notifiers shipped with Helpline.
    public static let standard: NotifierRegistry = {
        var registry = NotifierRegistry()
        registry.register(WebhookNotifier.name) { settings in try WebhookNotifier(settings: settings) }
        return registry
    }()

    public mutating func register(_ name: String, factory: @escaping Factory) {
        factories[name] = factory
    }

    /// Builds the notifier `name` from its settings.
    public func make(_ name: String, settings: [String: String]) throws -> any Notifier {
        guard let factory = factories[name] else {
            throw NotifierConfigurationError(message: "unknown notifier '\(name)'; known: \(factories.keys.sorted().joined(separator: ", "))")
        }
        return try factory(settings)
    }
}

/// A notifier refused its settings.
public struct NotifierConfigurationError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
