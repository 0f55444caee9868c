import Foundation

/// Turns visitor text into lower-case words: Unicode folding (accents, full-width forms,
/// curly quotes), punctuation removed, contractions expanded and spelling variants unified.
public struct TextNormalizer: Sendable {
    private let contractions: [String: [String]]
    private let synonyms: [String: String]

    public init(lexicon: Lexicon) {
        var contractions: [String: [String]] = [:]
        for (key, value) in lexicon.contractions {
            contractions[Self.fold(key).replacingOccurrences(of: "’", with: "'")] =
                value.lowercased().split(separator: " ").map(String.init)
        }
        self.contractions = contractions
        self.synonyms = Dictionary(
            lexicon.synonyms.map { (Self.fold($0.key), Self.fold($0.value)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The words of `text`, in order.
    public func words(_ text: String) -> [String] {
        var result: [String] = []
        for raw in Self.rawTokens(Self.fold(text)) {
            if let expansion = contractions[raw] {
                result.append(contentsOf: expansion.map { synonyms[$0] ?? $0 })
                continue
            }
            var word = raw
            if word.utf8.contains(UInt8(ascii: "'")) {
                if word.hasSuffix("'s") { word.removeLast(2) }
                word.removeAll { $0 == "'" }
                if let expansion = contractions[word] {
                    result.append(contentsOf: expansion.map { synonyms[$0] ?? $0 })
                    continue
                }
            }
            guard !word.isEmpty else { continue }
            if let canonical = synonyms[word] {
                result.append(contentsOf: canonical.split(separator: " ").map(String.init))
            } else {
                result.append(word)
            }
        }
        return result
    }

    /// Lower-cases and strips accents; ASCII text takes a fast path.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "‘", with: "'")
            .lowercased()
    }

    /// Runs of letters and digits; an apostrophe between letters stays inside the token.
    static func rawTokens(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(text) }
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var pendingApostrophe = false
        func flush() {
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            pendingApostrophe = false
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingApostrophe { current.append("'") }
                pendingApostrophe = false
                current.append(scalar)
            } else if scalar == "'" && !current.isEmpty {
                if pendingApostrophe { flush() } else { pendingApostrophe = true }
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }

    /// The same for ASCII text, byte by byte.
    private static func asciiTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        var pendingApostrophe = false
        let apostrophe = UInt8(ascii: "'")
        func flush() {
            if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingApostrophe = false
        }
        for byte in text.utf8 {
            let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            if isLetter {
                if pendingApostrophe { current.append(apostrophe) }
                pendingApostrophe = false
                current.append(byte)
            } else if byte == apostrophe && !current.isEmpty {
                if pendingApostrophe { flush() } else { pendingApostrophe = true }
            } else {
                flush()
            }
        }
        flush()
        return tokens
    }
}
