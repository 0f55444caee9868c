import Testing
@testable import HelplineCore

/// The corpus files of `intents/tests/` and the bars they hold the shipped intents to.
@Suite struct CrisisCorpusTests {
    @Test func theShippedCorpusIsCaughtWithTheRightNumberAndNothingOrdinaryIsFlagged() throws {
        let responder = try Responder.shipped()
        let corpus = responder.knowledge.crisisCorpus
        #expect(corpus.crises.count >= 400)
        #expect(corpus.ordinary.count >= 250)
        let result = CrisisEvaluation(responder: responder, corpus: corpus)
        #expect(result.recall.correct == result.recall.total, "missed: \(result.misses.map(\.row.message.value))")
        #expect(result.falseAlarms.isEmpty, "flagged: \(result.falseAlarms.map(\.row.message.value))")
        let kinds = Set(corpus.crises.map(\.kind))
        for kind in ["plan-time", "passive", "burden", "method", "unresponsive", "using-alone", "naloxone-now", "poisoning", "withdrawal-emergency"] {
            #expect(kinds.contains(kind), "no \(kind) rows")
        }
    }

    @Test func malformedRowsAreReportedWithTheirPosition() throws {
        let fixture = try Fixture()
        try fixture.write("tests/crisis-corpus.tsv", "# kind\tnumber\tmessage\ndirect\t988\ti want to die\nplan-time\t999\tending it tonight\nno tabs here\n")
        #expect(fixture.diagnostics() == [
            """
            intents/tests/crisis-corpus.tsv:3:11: error: unknown number '999'
                plan-time\t999\tending it tonight
                          ^
                hint: use one of: 911, 988, poison
            """,
            """
            intents/tests/crisis-corpus.tsv:4:1: error: expected 3 tab-separated columns, found 1
                no tabs here
                ^
                hint: write kind<TAB>number<TAB>message
            """,
        ])
    }

    @Test func aMissedCorpusCrisisStopsTheLoad() throws {
        let fixture = try Fixture()
        try fixture.write("tests/crisis-corpus.tsv", "direct\t988\ti want to die\noverdose-signs\t988\the is not breathing\n")
        try fixture.write("tests/not-crisis.tsv", "idiom\tthis wait is killing me\nnaloxone\twhat is naloxone\n")
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("intents/tests/crisis-corpus.tsv:2:20: error: overdose-signs crisis does not put 988 in its first two lines") == true)
    }

    @Test func anUnknownTableInTheTestsFolderIsAnError() throws {
        let fixture = try Fixture()
        try fixture.write("tests/extra.tsv", "a\tb\n")
        #expect(fixture.diagnostics().contains { $0.contains("unexpected file 'extra.tsv'") })
    }
}
