import Foundation
import HelplineCore
@testable import HelplineServer
import Testing
import Yams

/// The rules the contract states as `pattern`, `minLength` and `maxLength` are the server's
/// rules: what the schema calls valid the server accepts, what it calls invalid the server
/// refuses. Checked on hand-picked edges and on seeded random strings.
@Suite struct ContractRulesTests {
    /// A property schema of `components.schemas` in the contract.
    static func property(_ schema: String, _ name: String) throws -> [String: Any] {
        let text = try String(contentsOfFile: Contract.file, encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let properties = try #require((schemas[schema] as? [String: Any])?["properties"] as? [String: Any])
        return try #require(properties[name] as? [String: Any])
    }

    /// `value` as JSON Schema judges a string: `pattern` searched (not anchored unless it says
    /// so), lengths in code points.
    static func schemaAccepts(_ value: String, _ schema: [String: Any]) throws -> Bool {
        if let minimum = schema["minLength"] as? Int, value.unicodeScalars.count < minimum { return false }
        if let maximum = schema["maxLength"] as? Int, value.unicodeScalars.count > maximum { return false }
        guard var pattern = schema["pattern"] as? String else { return true }
        // ECMA-262's `$` (JSON Schema's dialect) is the end of the text; ICU's also matches
        // before a final line break, so it is spelt `\z` here.
        if pattern.hasSuffix("$") { pattern = pattern.dropLast() + "\\z" }
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    /// Strings from an alphabet that mixes what the rule accepts with what it must not.
    static func randomStrings(_ alphabet: [String], count: Int, maximumLength: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maximumLength, using: &generator)
            return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
        }
    }

    static let phoneEdges = [
        "5551234567", "(555) 201-3344", "+44 20 7946 0958", "555.201.3344", "\t5551234\t", "1234567", "123456789012345",
        "00", "123456", "1234567890123456", "++5551234567", "5+551234567", "555 123 4567\n", "555\u{2013}123\u{2013}4567",
        "555\u{0661}234567", "5\u{0301}551234567", "", String(repeating: " ", count: 23) + "5551234",
        String(repeating: " ", count: 24) + "5551234", "(+1) 555-123-4567", "+", "555-123-4567 x",
    ]

    @Test func aPhoneIsValidForTheContractExactlyWhenTheServerTakesIt() throws {
        let schema = try Self.property("CallbackRequest", "phone")
        let alphabet = ["0", "1", "5", "9", "+", " ", "\t", ".", "-", "(", ")", "a", "\n", "\u{0301}", "\u{00A0}", "\u{0663}", "/", "x"]
        var checked = 0
        for phone in Self.phoneEdges + Self.randomStrings(alphabet, count: 5_000, maximumLength: 34, seed: 12) {
            let schemaSays = try Self.schemaAccepts(phone, schema)
            let serverSays = PhoneNumber.normalised(phone) != nil
            #expect(schemaSays == serverSays, "\(phone.debugDescription): schema \(schemaSays), server \(serverSays)")
            checked += 1
        }
        #expect(checked > 5_000)
        #expect(PhoneNumber.normalised("(555) 201-3344") == "5552013344")
        #expect(PhoneNumber.normalised("+44 20 7946 0958") == "+442079460958")
    }

    @Test func aMessageIsValidForTheContractExactlyWhenTheServerTakesIt() throws {
        let schema = try Self.property("ChatRequest", "message")
        let limit = try #require(schema["maxLength"] as? Int)
        #expect(limit == ServerConfiguration().maximumMessageLength)
        // White space as the server trims it, its neighbours that are not, and plain letters.
        let alphabet = [
            " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}",
            "\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{200C}", "\u{180E}",
            "\u{1C}", "\u{0}", "a", "é", "e\u{301}", "💬",
        ]
        for message in Self.randomStrings(alphabet, count: 5_000, maximumLength: 6, seed: 7) {
            let schemaSays = try Self.schemaAccepts(message, schema)
            let serverSays = !message.trimmingWhitespace.isEmpty && message.schemaLength <= limit
            #expect(schemaSays == serverSays, "\(message.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for (message, valid) in [
            (String(repeating: "a", count: limit), true), (String(repeating: "a", count: limit + 1), false),
            (String(repeating: "a", count: limit - 1) + " ", true), (String(repeating: "a", count: limit) + " ", false),
            (String(repeating: "e\u{301}", count: limit / 2), true), (String(repeating: "e\u{301}", count: limit / 2) + "e", false),
        ] {
            let input = try ChatInput(body: Array(try JSONSerialization.data(withJSONObject: ["message": message])), maximumLength: limit)
            #expect(!input.isTooLong == valid)
            #expect(try Self.schemaAccepts(message, schema) == valid)
        }
    }

    @Test func theOtherLimitsOfTheContractAreTheServers() throws {
        #expect(try Self.property("CallbackRequest", "name")["maxLength"] as? Int == CallbackRequest.maximumFieldLength)
        #expect(try Self.property("CallbackRequest", "best_time")["maxLength"] as? Int == CallbackRequest.maximumFieldLength)
        #expect(try Self.property("CallbackRequest", "phone")["maxLength"] as? Int == PhoneNumber.maximumLength)
        #expect(try Self.property("HandoffUpdate", "note")["maxLength"] as? Int == 2_000)
    }
}
