/// Plugin names usable in `helpline.yaml`, each with the function that builds it.
/// Adding a plugin is one file with the plugin and one `register` line in `standard`.
public struct PluginRegistry: Sendable {
    /// Builds a plugin from its settings and the intent snapshot.
    public typealias Factory = @Sendable (PluginSettings, KnowledgeBase) throws(PluginConfigurationError) -> any ResponderPlugin

    private var factories: [String: Factory] = [:]

    public init() {}

    /// The plugins shipped with Helpline.
    public static let standard: PluginRegistry = {
        var registry = PluginRegistry()
        registry.register(CrisisGuardPlugin.name) { (settings, _) throws(PluginConfigurationError) in try CrisisGuardPlugin(settings: settings) }
        registry.register(FollowUpPlugin.name) { (settings, _) throws(PluginConfigurationError) in try FollowUpPlugin(settings: settings) }
        registry.register(IntentMatcherPlugin.name) { (settings, _) throws(PluginConfigurationError) in try IntentMatcherPlugin(settings: settings) }
        registry.register(SmallTalkPlugin.name) { (settings, _) throws(PluginConfigurationError) in try SmallTalkPlugin(settings: settings) }
        registry.register(ArticleSearchPlugin.name) { (settings, knowledge) throws(PluginConfigurationError) in try ArticleSearchPlugin(settings: settings, knowledge: knowledge) }
        registry.register(EmptyMessagePlugin.name) { (settings, _) throws(PluginConfigurationError) in try EmptyMessagePlugin(settings: settings) }
        registry.register(FallbackPlugin.name) { (settings, _) throws(PluginConfigurationError) in try FallbackPlugin(settings: settings) }
        return registry
    }()

    /// Makes `name` usable in `helpline.yaml`; a later registration replaces an earlier one.
    public mutating func register(_ name: String, factory: @escaping Factory) {
        factories[name] = factory
    }

    /// Names of the registered plugins, sorted.
    public var names: [String] { factories.keys.sorted() }

    /// The chain for `knowledge`, in the order of `helpline.yaml`, with the crisis guard first
    /// whether or not the file lists it.
    func makePlugins(for knowledge: KnowledgeBase) throws(IntentLoadError) -> [any ResponderPlugin] {
        var plugins: [any ResponderPlugin] = []
        var diagnostics: [Diagnostic] = []
        let entries = knowledge.settings.plugins
        if entries.first?.name != CrisisGuardPlugin.name {
            plugins.append(CrisisGuardPlugin())
        }
        var seen: Set<String> = []
        for (index, entry) in entries.enumerated() {
            let location = entry.location
            func report(_ message: String, hint: String? = nil) {
                diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, message: message, hint: hint))
            }
            if !seen.insert(entry.name).inserted {
                report("plugin '\(entry.name)' is listed twice", hint: "remove one of the entries")
                continue
            }
            if entry.name == CrisisGuardPlugin.name, index != 0 {
                report("the crisis guard must be the first plugin", hint: "move '- name: crisis-guard' to the top; it runs first in any case")
                continue
            }
            guard let factory = factories[entry.name] else {
                let hint = closest(to: entry.name, in: names).map { "did you mean '\($0)'? " } ?? ""
                report("unknown plugin '\(entry.name)'", hint: hint + "known plugins: \(names.joined(separator: ", "))")
                continue
            }
            do {
                plugins.append(try factory(entry.settings, knowledge))
            } catch {
                report("plugin '\(entry.name)': \(error.message)")
            }
        }
        if !diagnostics.isEmpty { throw IntentLoadError(diagnostics: diagnostics) }
        return plugins
    }
}
