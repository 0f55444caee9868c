extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks): what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, scalar by scalar, so a mark
    /// joined to an edge space stays.
    ///
    /// Foundation's version builds a character set per call on Linux; every chat message is
    /// trimmed, and most have nothing to trim.
    var trimmingWhitespace: String {
        // Foundation's set is Unicode's White_Space plus U+200B ZERO WIDTH SPACE.
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
