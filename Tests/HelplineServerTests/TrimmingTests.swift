import Foundation
@testable import HelplineServer
import Testing

@Suite struct TrimmingTests {
    @Test(arguments: [
        ("what is suboxone?", "what is suboxone?"),
        ("  what is suboxone?\n", "what is suboxone?"),
        ("\t\r\n hello \u{00A0}\u{2003}\u{3000}", "hello"),
        ("two  words inside", "two  words inside"),
        ("   ", ""),
        ("", ""),
        ("\n\n", ""),
        (" é 💬 ", "é 💬"),
    ])
    func whiteSpaceIsTrimmedAtBothEndsOnly(text: String, expected: String) {
        #expect(text.trimmingWhitespace == expected)
    }

    @Test(arguments: [
        " \u{0301}accent on a space ",  // combining mark joined to the leading space
        "tail \u{200D}",  // zero-width joiner after the last space
        "\u{FE0F} ",  // a variation selector alone
        " \u{0301} ",
        "\u{0085}next line\u{2028}",
        "\u{200B}zero width space\u{200B}",  // in Foundation's set, not in Unicode's White_Space
        "\u{FEFF}byte order mark",
        "👩‍👩‍👧 family ",
    ])
    func sameAsFoundation(text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
