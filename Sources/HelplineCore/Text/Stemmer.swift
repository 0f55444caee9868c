/// A light English suffix stripper: plurals, -ing, -ed and a few -ly forms, and a final -e,
/// so that "sessions"/"session", "sharing"/"share" and "counselling"/"counseled" meet.
///
/// It only needs to be consistent, not linguistically right: patterns, examples and
/// messages all pass through it.
public struct Stemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        w = stripPlural(w)
        w = stripVerbEnding(w)
        w = stripAdverb(w)
        if w.count > 4, w.last == e { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    private static let verbEndings: [StaticString] = ["ing", "ed"]
    private static let adjectiveEndings: [StaticString] = ["al", "ive", "ful", "ous", "ent", "ant", "ate"]
    private let e = UInt8(ascii: "e")
    private let s = UInt8(ascii: "s")

    private func stripPlural(_ w: [UInt8]) -> [UInt8] {
        if w.hasSuffix("sses") { return Array(w.dropLast(2)) }
        if w.hasSuffix("ies"), w.count > 4 { return Array(w.dropLast(3)) + [UInt8(ascii: "y")] }
        if w.last == s, !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"), w.count > 3 {
            return Array(w.dropLast())
        }
        return w
    }

    private func stripVerbEnding(_ w: [UInt8]) -> [UInt8] {
        if w.hasSuffix("ied"), w.count > 4 { return Array(w.dropLast(3)) + [UInt8(ascii: "y")] }
        for suffix in Self.verbEndings where w.hasSuffix(suffix) {
            var stem = Array(w.dropLast(suffix.utf8CodeUnitCount))
            guard stem.count >= 2, stem.contains(where: isVowel) else { return w }
            if stem.count >= 3, let last = stem.last, stem[stem.count - 2] == last,
                !isVowel(last), !"lsz".utf8.contains(last) {
                stem.removeLast()
            } else if stem.count <= 3, let last = stem.last, !isVowel(last) {
                // "using" -> "use", "hoping" -> "hope": short stems lost their final e.
                stem.append(e)
            }
            return stem
        }
        return w
    }

    private func stripAdverb(_ w: [UInt8]) -> [UInt8] {
        guard w.hasSuffix("ly"), w.count > 5 else { return w }
        let stem = Array(w.dropLast(2))
        for ending in Self.adjectiveEndings where stem.hasSuffix(ending) {
            return stem
        }
        return w
    }

    private func isVowel(_ c: UInt8) -> Bool { "aeiouy".utf8.contains(c) }
}

extension Array where Element == UInt8 {
    /// Compares in place: stemming runs on every word of every message.
    fileprivate func hasSuffix(_ suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard count >= length else { return false }
        return suffix.withUTF8Buffer { tail in
            let start = count - length
            for offset in 0..<length where self[start + offset] != tail[offset] { return false }
            return true
        }
    }
}
