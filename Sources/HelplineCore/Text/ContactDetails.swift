/// Phone numbers, email addresses and "my name is …" that visitors add after a request
/// ("i want to talk to a real person, my number is 555 201 3344"). They say nothing about what
/// the visitor wants, so matching reads the message without them; the store keeps the full text.
public enum ContactDetails {
    /// Words that introduce a contact detail; dropped together with it.
    private static let leadIns: [[String]] = [
        ["my", "number", "is"], ["my", "phone", "number", "is"], ["my", "phone", "is"], ["my", "cell", "is"],
        ["my", "email", "is"], ["my", "name", "is"], ["call", "me", "at"], ["reach", "me", "at"], ["text", "me", "at"],
        ["email", "me", "at"], ["number", "is"], ["phone", "is"], ["email", "is"], ["at"], ["on"], ["its"], ["it", "is"],
    ]

    /// `text` without email addresses and phone numbers (7 to 15 digits, any separators), and
    /// without the words that introduced them; "my name is" drops the name after it as well.
    static func removing(from text: String) -> String {
        guard mayHoldDetails(text) else { return text }
        var tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        var keep = [Bool](repeating: true, count: tokens.count)
        var index = 0
        while index < tokens.count {
            var end = index
            var digits = 0
            while end < tokens.count, tokens[end].allSatisfy({ $0.isNumber || "()+-.,".contains($0) }),
                  tokens[end].contains(where: \.isNumber) || digits > 0 {
                digits += tokens[end].filter(\.isNumber).count
                end += 1
            }
            let isEmail = tokens[index].contains("@") && tokens[index].contains(".")
            if (7...15).contains(digits) || isEmail {
                for i in index..<max(end, index + 1) { keep[i] = false }
                dropLeadIn(before: index, tokens: tokens, keep: &keep)
                index = max(end, index + 1)
            } else {
                index += 1
            }
        }
        for start in tokens.indices where start + 3 < tokens.count {
            let words = tokens[start...(start + 2)].map(Self.plain)
            if words == ["my", "name", "is"] { for i in start...(start + 3) { keep[i] = false } }
        }
        tokens = zip(tokens, keep).filter(\.1).map(\.0)
        return tokens.joined(separator: " ")
    }

    /// The first phone number in `text` (7 to 15 digits, in one token or spread over several with
    /// spaces, dashes, dots or brackets: "555 201 3344", "(555) 201-3344", "+44 20 7946 0958"),
    /// as digits with the `+` it started with; nil when there is none. A trailing full stop,
    /// comma, "!" or "?" is not part of it.
    public static func phoneNumber(in text: String) -> String? {
        guard mayHoldDetails(text) else { return nil }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { token -> Substring in
            var token = Substring(token)
            while let last = token.last, ".,!?;:".contains(last) { token = token.dropLast() }
            return token
        }
        let numberish: (Substring) -> Bool = { token in
            !token.isEmpty && token.allSatisfy { ("0"..."9").contains($0) || "()+-.".contains($0) }
        }
        var index = 0
        while index < tokens.count {
            guard numberish(tokens[index]), tokens[index].contains(where: { ("0"..."9").contains($0) }) else {
                index += 1
                continue
            }
            var digits = ""
            var end = index
            while end < tokens.count, numberish(tokens[end]) {
                digits += tokens[end].filter { ("0"..."9").contains($0) }
                end += 1
            }
            let plus = tokens[index].drop(while: { $0 == "(" }).first == "+"
            if (7...15).contains(digits.count) { return (plus ? "+" : "") + digits }
            index = end
        }
        return nil
    }

    /// Whether `text` has a digit, an "@" or "my name is" (any case). Nearly every message is
    /// ASCII, and there that is a scan of bytes: no characters to break, no lowercased copy.
    static func mayHoldDetails(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            if bytes.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x40 }) { return true }
            let phrase = Array("my name is".utf8)
            guard bytes.count >= phrase.count else { return false }
            for start in 0...(bytes.count - phrase.count) {
                var index = 0
                // ASCII lower-casing: set bit 0x20 on letters only.
                while index < phrase.count {
                    let byte = bytes[start + index]
                    let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    guard lower == phrase[index] else { break }
                    index += 1
                }
                if index == phrase.count { return true }
            }
            return false
        }
        if let ascii = ascii ?? nil { return ascii }
        return text.contains(where: { $0.isNumber || $0 == "@" }) || text.lowercased().contains("my name is")
    }

    private static func dropLeadIn(before index: Int, tokens: [String], keep: inout [Bool]) {
        for leadIn in leadIns where index >= leadIn.count {
            let start = index - leadIn.count
            if tokens[start..<index].map(Self.plain) == leadIn {
                for i in start..<index { keep[i] = false }
                return
            }
        }
    }

    private static func plain(_ token: String) -> String {
        token.lowercased().filter { $0.isLetter }
    }
}
