/// Reads the crisis corpus files of `intents/tests/`: `crisis-corpus.tsv`
/// (`kind<TAB>number<TAB>message`) and `not-crisis.tsv` (`kind<TAB>message`). Lines starting
/// with `#` and blank lines are skipped; any other malformed line is an error at its position.
struct CrisisCorpusReader {
    static let crisisFile = "crisis-corpus"
    static let ordinaryFile = "not-crisis"

    static func read(_ source: SourceFile, name: String, into corpus: inout CrisisCorpus, diagnostics: inout [Diagnostic]) {
        let crisis = name == crisisFile
        guard crisis || name == ordinaryFile else {
            diagnostics.append(Diagnostic(
                file: source.path, message: "unexpected file '\(name).tsv'",
                hint: "the tests folder holds conversation tests (*.yaml), \(crisisFile).tsv and \(ordinaryFile).tsv"))
            return
        }
        let columns = crisis ? 3 : 2
        for (index, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            let trimmed = text.trimmingCharacters()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func fail(_ message: String, column: Int = 1, hint: String) {
                diagnostics.append(Diagnostic(
                    file: source.path, line: index + 1, column: column, message: message, hint: hint, sourceLine: text))
            }
            guard fields.count == columns, fields.allSatisfy({ !$0.trimmingCharacters().isEmpty }) else {
                fail("expected \(columns) tab-separated columns, found \(fields.count)",
                     hint: crisis ? "write kind<TAB>number<TAB>message" : "write kind<TAB>message")
                continue
            }
            let kind = fields[0].trimmingCharacters()
            guard kind.isSlug else {
                fail("kind '\(kind)' may use only a-z, 0-9 and '-'", hint: "for example plan-time or overdose-question")
                continue
            }
            let at = SourceLocation(file: source.path, line: index + 1, column: text.count - fields[columns - 1].count + 1)
            if crisis {
                guard let number = CrisisCorpus.ExpectedNumber(rawValue: fields[1].trimmingCharacters()) else {
                    fail("unknown number '\(fields[1])'", column: fields[0].count + 2,
                         hint: "use one of: " + CrisisCorpus.ExpectedNumber.allCases.map(\.rawValue).joined(separator: ", "))
                    continue
                }
                corpus.crises.append(.init(kind: kind, number: number, message: Located(fields[2], at: at)))
            } else {
                corpus.ordinary.append(.init(kind: kind, number: nil, message: Located(fields[1], at: at)))
            }
        }
    }
}
