import Yams

/// Reads `intents/helpline.yaml`.
struct SettingsReader {
    static func read(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> HelplineSettings? {
        var reader = YAMLReader(source: source)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let root = reader.root(),
            let fields = reader.mapping(
                root, allowed: ["organization", "phones", "messages", "thresholds", "plugins", "retention_days"], what: "helpline.yaml")
        else { return nil }
        let organization = reader.string(fields["organization"], "organization", in: root)

        var phones: [String: HelplineSettings.Phone] = [:]
        let phoneNames = ["helpline", "emergency", "crisis_line", "poison_help"]
        if let node = fields["phones"] ?? missing("phones", root, &reader),
            let entries = reader.mapping(node, allowed: phoneNames, what: "phones") {
            for name in phoneNames {
                guard let entry = entries[name] else {
                    reader.fail("missing phone '\(name)'", at: node.mark, hint: "add '\(name): { label: ..., display: ..., tel: ... }'")
                    continue
                }
                guard let values = reader.mapping(entry, allowed: ["label", "display", "tel"], what: "phone '\(name)'"),
                    let label = reader.string(values["label"], "label", in: entry),
                    let display = reader.string(values["display"], "display", in: entry),
                    let tel = reader.string(values["tel"], "tel", in: entry)
                else { continue }
                if !tel.allSatisfy({ $0.isNumber || $0 == "+" }) {
                    reader.fail("tel '\(tel)' must hold only digits and an optional leading +",
                                at: values["tel"]?.mark, hint: "for example +18559930960")
                }
                phones[name] = .init(label: label, display: display, tel: tel)
            }
        }

        var messages: [String: String] = [:]
        if let node = fields["messages"] ?? missing("messages", root, &reader),
            let entries = reader.mapping(node, allowed: HelplineSettings.requiredMessages, what: "messages") {
            for name in HelplineSettings.requiredMessages {
                guard let text = reader.string(entries[name], name, in: node) else { continue }
                if text.trimmingWhitespace().isEmpty {
                    reader.fail("message '\(name)' is empty", at: entries[name]?.mark)
                }
                messages[name] = text.trimmingWhitespace()
            }
        }

        var answer = 0.55, ambiguity = 0.04
        if let node = fields["thresholds"],
            let entries = reader.mapping(node, allowed: ["answer", "ambiguity"], what: "thresholds") {
            answer = reader.double(entries["answer"], "answer") ?? answer
            ambiguity = reader.double(entries["ambiguity"], "ambiguity") ?? ambiguity
            for (name, value) in [("answer", answer), ("ambiguity", ambiguity)] where !(0...1).contains(value) {
                reader.fail("threshold '\(name)' must be between 0 and 1", at: entries[name]?.mark)
            }
        }

        var plugins: [HelplineSettings.PluginEntry] = []
        if let node = fields["plugins"] ?? missing("plugins", root, &reader) {
            guard let list = node.sequence else {
                reader.fail("'plugins' must be a list of '- name: ...' entries", at: node.mark)
                return nil
            }
            for item in list {
                guard let entry = reader.mapping(item, allowed: ["name", "settings"], what: "a plugin entry"),
                    let name = reader.string(entry["name"], "name", in: item)
                else { continue }
                var settings: [String: String] = [:]
                if let settingsNode = entry["settings"] {
                    if let mapping = settingsNode.mapping {
                        for (key, value) in mapping {
                            guard let key = key.scalar?.string, let value = value.scalar?.string else {
                                reader.fail("plugin settings must be 'key: value' pairs", at: key.mark)
                                continue
                            }
                            settings[key] = value
                        }
                    } else {
                        reader.fail("'settings' must be a mapping", at: settingsNode.mark)
                    }
                }
                plugins.append(.init(name: name, settings: PluginSettings(settings), location: reader.location(of: item)))
            }
        }

        guard let organization, let helpline = phones["helpline"], let emergency = phones["emergency"],
            let crisisLine = phones["crisis_line"], let poison = phones["poison_help"],
            messages.count == HelplineSettings.requiredMessages.count
        else { return nil }
        var settings = HelplineSettings(
            organization: organization, helpline: helpline, emergency: emergency, crisisLine: crisisLine,
            poisonHelp: poison, messages: messages, answerThreshold: answer, ambiguityMargin: ambiguity,
            plugins: plugins)
        if let node = fields["retention_days"] {
            if let days = node.int, days >= 1 {
                settings.retentionDays = days
            } else {
                reader.fail("'retention_days' must be a whole number of days, 1 or more", at: node.mark)
                return nil
            }
        }
        // Placeholders are filled once here, not on every reply.
        settings.messages = messages.mapValues(settings.fill)
        return settings
    }

    private static func missing(_ key: String, _ root: Node, _ reader: inout YAMLReader) -> Node? {
        reader.fail("missing key '\(key)'", at: root.mark, hint: "see intents/README.md for the layout of helpline.yaml")
        return nil
    }
}
