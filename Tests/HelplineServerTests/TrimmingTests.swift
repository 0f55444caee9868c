@testable import HelplineServer
import Testing

@Suite struct TrimmingTests {
    @Test(arguments: [
        ("what is suboxone?", "what is suboxone?"),
        ("  what is suboxone?\n", "what is suboxone?"),
        ("\t\r\n hello \u{00A0}\u{2003}", "hello"),
        ("two  words inside", "two  words inside"),
        ("   ", ""),
        ("", ""),
        ("\n\n", ""),
        (" é 💬 ", "é 💬"),
    ])
    func whiteSpaceIsTrimmedAtBothEndsOnly(text: String, expected: String) {
        #expect(text.trimmingWhitespace == expected)
    }
}
