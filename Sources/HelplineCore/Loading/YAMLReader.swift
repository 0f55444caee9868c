import Yams

/// Reads a YAML document strictly: every node carries its position, so type errors,
/// unknown keys and missing keys are reported at `file:line:column`.
///
/// Values are read by hand from the composed node tree rather than with `Codable`,
/// because Codable errors lose the node's position.
struct YAMLReader {
    let source: SourceFile
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    /// Composes the document; a syntax error, an anchor or an alias becomes a diagnostic.
    mutating func root() -> Node? {
        let node: Node?
        let parser: Parser
        do {
            // The parser owns the anchors; nodes refer to them weakly, so it must outlive the check below.
            parser = try Parser(yaml: source.text)
            node = try parser.singleRoot()
        } catch let error as YamlError {
            record(error)
            return nil
        } catch {
            fail("this file is not valid YAML: \(error)", at: nil)
            return nil
        }
        guard let node else {
            fail("the file is empty", at: nil, hint: "add the keys described in intents/README.md")
            return nil
        }
        if let anchored = withExtendedLifetime(parser, { firstAnchor(in: node) }) {
            fail(
                "YAML anchors and aliases (&name, *name) are not allowed", at: anchored.mark,
                hint: "write the value out in full; aliases can hide very large expansions")
            return nil
        }
        return node
    }

    // MARK: Typed access

    /// The mapping's values by key; reports keys outside `allowed` and keys that are not strings.
    mutating func mapping(_ node: Node, allowed: [String], what: String) -> [String: Node]? {
        guard let mapping = node.mapping else {
            fail("\(what) must be a mapping of keys to values", at: node.mark)
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                fail("keys in \(what) must be plain words", at: key.mark)
                continue
            }
            if !allowed.contains(name) {
                let suggestion = closest(to: name, in: allowed).map { "did you mean '\($0)'? " } ?? ""
                fail(
                    "unknown key '\(name)' in \(what)", at: key.mark,
                    hint: suggestion + "allowed keys: \(allowed.joined(separator: ", "))")
                continue
            }
            values[name] = value
        }
        return values
    }

    mutating func string(_ node: Node?, _ key: String, in parent: Node, required: Bool = true) -> String? {
        guard let node else {
            if required { fail("missing key '\(key)'", at: parent.mark, hint: "add '\(key): ...'") }
            return nil
        }
        guard let scalar = node.scalar else {
            fail("'\(key)' must be text", at: node.mark)
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ node: Node?, _ key: String) -> Bool? {
        guard let node else { return nil }
        guard let value = node.bool else {
            fail("'\(key)' must be true or false", at: node.mark)
            return nil
        }
        return value
    }

    mutating func double(_ node: Node?, _ key: String) -> Double? {
        guard let node else { return nil }
        guard let value = node.float ?? node.int.map(Double.init) else {
            fail("'\(key)' must be a number", at: node.mark)
            return nil
        }
        return value
    }

    /// A list of strings, each with its position; a single string is not accepted.
    mutating func strings(_ node: Node?, _ key: String) -> [Located<String>] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            fail("'\(key)' must be a list (one '- item' per line, or [a, b])", at: node.mark)
            return []
        }
        var values: [Located<String>] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                fail("each entry of '\(key)' must be text", at: item.mark)
                continue
            }
            values.append(Located(scalar.string, at: location(of: item)))
        }
        return values
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: source.path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    // MARK: Reporting

    mutating func fail(_ message: String, at mark: Mark?, hint: String? = nil) {
        diagnostics.append(
            source.diagnostic(message, line: mark?.line ?? 0, column: mark?.column ?? 0, hint: hint))
    }

    mutating func fail(_ message: String, at location: SourceLocation, hint: String? = nil) {
        diagnostics.append(
            source.diagnostic(message, line: location.line, column: location.column, hint: hint))
    }

    private mutating func record(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            fail("invalid YAML: \(prefix)\(problem)", at: mark,
                 hint: "check the indentation and quoting near this position")
        case .duplicatedKeysInMapping(let duplicates, let context):
            fail("the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice",
                 at: context.mark, hint: "keep one of them")
        default:
            fail("invalid YAML: \(error)", at: nil)
        }
    }

    /// Stops at the first anchored node, so an alias bomb is never walked.
    private func firstAnchor(in node: Node) -> Node? {
        if node.anchor != nil { return node }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                if let found = firstAnchor(in: key) ?? firstAnchor(in: value) { return found }
            }
        case .sequence(let sequence):
            for item in sequence {
                if let found = firstAnchor(in: item) { return found }
            }
        case .alias:
            return node
        case .scalar:
            break
        }
        return nil
    }
}

/// The known word nearest to a misspelt one, for "did you mean" hints.
func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(Array(word), Array($0), limit: 3)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
}
