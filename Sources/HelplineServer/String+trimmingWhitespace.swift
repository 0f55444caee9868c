extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    ///
    /// Foundation's `trimmingCharacters(in:)` builds a character set per call on Linux;
    /// every chat message is trimmed, and most have nothing to trim.
    var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        if first == startIndex, last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
