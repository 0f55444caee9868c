import Yams

/// Reads `intents/articles/<id>.md`: YAML front matter (`title`, `url`, ...) then the text.
struct ArticleReader {
    static func read(_ source: SourceFile, id: String, diagnostics: inout [Diagnostic]) -> Article? {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters() == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters() == "---" })
        else {
            diagnostics.append(source.diagnostic(
                "the article has no front matter", line: 1, column: 1,
                hint: "start the file with ---, then 'title:' and 'url:' lines, then ---"))
            return nil
        }
        let frontMatter = SourceFile(path: source.path, text: lines[1..<end].joined(separator: "\n"))
        var reader = YAMLReader(source: frontMatter)
        defer {
            // Front matter starts on the file's second line.
            diagnostics.append(contentsOf: reader.diagnostics.map { diagnostic in
                var shifted = diagnostic
                if shifted.line > 0 { shifted.line += 1 }
                return shifted
            })
        }
        guard let root = reader.root(),
            let fields = reader.mapping(root, allowed: ["id", "title", "url", "author"], what: "front matter"),
            let title = reader.string(fields["title"], "title", in: root),
            let url = reader.string(fields["url"], "url", in: root)
        else { return nil }
        if let declared = reader.string(fields["id"], "id", in: root, required: false), declared != id {
            reader.fail("front matter id '\(declared)' differs from the file name '\(id)'", at: fields["id"]?.mark,
                        hint: "rename the file to \(declared).md or change the id")
        }
        let body = lines[(end + 1)...].joined(separator: "\n")
        return Article(id: id, title: title, url: url, body: body, passages: passages(of: body))
    }

    /// Paragraphs and list items, markdown markers removed; headings are left out.
    static func passages(of body: String) -> [String] {
        body.split(separator: "\n")
            .map { $0.trimmingCharacters() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .map { line in
                for marker in ["- ", "* ", "• "] where line.hasPrefix(marker) {
                    return String(line.dropFirst(marker.count))
                }
                return line
            }
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        String(self).collapsingWhitespace()
    }
}
