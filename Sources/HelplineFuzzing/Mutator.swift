import HelplineCore
/// Seeded mutations of real inputs: byte flips, insertions of the tokens the parsers care about
/// (YAML indicators, JSON punctuation, escapes, broken UTF-8), line shuffles, repeats, cuts and
/// splices with another seed. Each input is a real file or body with one to five changes, so
/// most inputs get past the first check and into the parser's deeper paths.
package struct Mutator: Sendable {
    /// Text that means something to YAML or JSON, or to a UTF-8 decoder.
    static let tokens: [[UInt8]] = [
        ": ", "- ", "-", ":", "? ", "#", "&a ", "*a", "!!str ", "!!binary ", "!<tag:x> ", "|\n", ">-\n", "---\n", "...\n",
        "%YAML 1.2\n", "{", "}", "[", "]", ",", "\"", "'", "\\", "\\u", "\\ud800", "\\uDFFF", "\\u0000", "\\\"", "\t", "\r\n",
        "\n  ", "\n    - ", "~", "null", "true", "1e999", "-0", "0x1F", ".inf", "<<: ", "@", "(", ")", "|", "*", "[a|b]",
        "(a|(b|(c|(d", "{{", "{helpline}", "\u{FEFF}", "\u{200B}", "\u{0301}", "\u{2028}", "💬", "\"message\": ",
        "\"conversation\": ", "\"phone\": ", "\"consent\": true", "\"name\": null", "{\"message\": \"\"}",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]]

    private var generator: SplitMix64

    package init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// A random whole number in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    /// `input` with one to five random changes; `other` is spliced in by some of them.
    package mutating func mutate(_ input: [UInt8], splicingWith other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<int(in: 1...5) { change(&bytes, other: other) }
        return bytes
    }

    private mutating func position(in bytes: [UInt8]) -> Int { bytes.isEmpty ? 0 : int(in: 0...bytes.count) }

    private mutating func range(in bytes: [UInt8]) -> Range<Int> {
        guard !bytes.isEmpty else { return 0..<0 }
        let start = int(in: 0...(bytes.count - 1))
        return start..<min(bytes.count, start + int(in: 1...min(64, bytes.count - start)))
    }

    private mutating func change(_ bytes: inout [UInt8], other: [UInt8]) {
        switch int(in: 0...12) {
        case 0 where !bytes.isEmpty:  // flip a bit
            let index = int(in: 0...(bytes.count - 1))
            bytes[index] ^= UInt8(1) << UInt8(int(in: 0...7))
        case 1 where !bytes.isEmpty:  // replace a byte
            bytes[int(in: 0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: int(in: 0...255))
        case 2, 3:  // insert a token
            bytes.insert(contentsOf: Self.tokens[int(in: 0...(Self.tokens.count - 1))], at: position(in: bytes))
        case 4:  // delete a run
            bytes.removeSubrange(range(in: bytes))
        case 5:  // repeat a run, sometimes many times
            let run = bytes[range(in: bytes)]
            let times = int(in: 0...3) == 0 ? int(in: 10...400) : 1
            bytes.insert(contentsOf: Array(repeating: Array(run), count: times).joined(), at: position(in: bytes))
        case 6:  // cut the end off
            bytes.removeLast(bytes.isEmpty ? 0 : int(in: 0...min(bytes.count, 200)))
        case 7:  // splice a run of another seed in
            let run = other[range(in: other)]
            bytes.insert(contentsOf: run, at: position(in: bytes))
        case 8, 9:  // change lines: drop, duplicate, swap, or shift the indentation of one
            var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            guard lines.count > 1 else { return }
            let index = int(in: 0...(lines.count - 1))
            switch int(in: 0...4) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2: lines.swapAt(index, int(in: 0...(lines.count - 1)))
            case 3: lines[index].insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: int(in: 1...6)), at: 0)
            default: lines[index].removeFirst(min(lines[index].count, int(in: 1...4)))
            }
            bytes = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        case 10:  // deep nesting
            let depth = int(in: 10...300)
            let open: [UInt8] = int(in: 0...1) == 0 ? Array("[".utf8) : Array("{\"a\":".utf8)
            bytes.insert(contentsOf: Array(repeating: open, count: depth).joined(), at: position(in: bytes))
        case 11:  // one token many times: nesting inside a pattern, long runs of escapes
            let token = Self.tokens[int(in: 0...(Self.tokens.count - 1))]
            bytes.insert(contentsOf: Array(repeating: token, count: int(in: 10...3_000)).joined(), at: position(in: bytes))
        default:  // replace a byte with one that matters to the parsers
            guard !bytes.isEmpty else { return }
            let special: [UInt8] = Array(":-#&*!|>{}[],\"'\\\t\n ".utf8) + [0x00, 0x7F, 0xC3, 0xA9]
            bytes[int(in: 0...(bytes.count - 1))] = special[int(in: 0...(special.count - 1))]
        }
    }
}
