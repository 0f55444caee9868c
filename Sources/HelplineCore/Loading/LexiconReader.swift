import Yams

/// Reads `intents/lexicon.yaml`.
struct LexiconReader {
    static func read(_ source: SourceFile, diagnostics: inout [Diagnostic]) -> Lexicon? {
        var reader = YAMLReader(source: source)
        defer { diagnostics.append(contentsOf: reader.diagnostics) }
        guard let root = reader.root(),
            let fields = reader.mapping(root, allowed: ["concepts", "synonyms", "contractions"], what: "lexicon.yaml")
        else { return nil }
        var lexicon = Lexicon()
        if let node = fields["concepts"] {
            guard let mapping = node.mapping else {
                reader.fail("'concepts' must map concept names to lists of words", at: node.mark)
                return nil
            }
            for (key, value) in mapping {
                guard let name = key.scalar?.string else { continue }
                if !name.isSlug {
                    reader.fail("concept name '\(name)' may use only a-z, 0-9 and '-'", at: key.mark)
                }
                let members = reader.strings(value, name).map(\.value)
                if members.isEmpty { reader.fail("concept '\(name)' has no members", at: key.mark) }
                lexicon.concepts[name] = members
            }
        }
        for (key, keyPath) in [("synonyms", \Lexicon.synonyms), ("contractions", \Lexicon.contractions)] {
            guard let node = fields[key] else { continue }
            guard let mapping = node.mapping else {
                reader.fail("'\(key)' must map each word to its replacement", at: node.mark)
                continue
            }
            for (from, to) in mapping {
                guard let from = from.scalar?.string, let replacement = to.scalar?.string else {
                    reader.fail("each entry of '\(key)' must be 'word: replacement'", at: to.mark)
                    continue
                }
                lexicon[keyPath: keyPath][from.lowercased()] = replacement
            }
        }
        return lexicon
    }
}

extension String {
    /// Only a-z, 0-9 and '-', not empty: the form of ids and file names.
    var isSlug: Bool {
        !isEmpty && utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}
