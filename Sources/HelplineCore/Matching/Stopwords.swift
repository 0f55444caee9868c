/// Function words that say little about what a visitor wants. They still count, lightly,
/// so that "how are you" can match small talk.
enum Stopwords {
    static let words: Set<String> = [
        "a", "an", "the", "is", "are", "am", "be", "been", "was", "were", "do", "doe", "does", "did",
        "i", "me", "my", "myself", "you", "your", "we", "us", "our", "it", "its", "this", "that", "these", "those",
        "to", "of", "in", "on", "for", "with", "and", "or", "but", "can", "could", "would", "will", "should",
        "there", "what", "which", "about", "any", "some", "have", "has", "had", "get", "just", "so", "if", "at",
        "by", "from", "as", "he", "she", "they", "them", "his", "her", "their", "not", "no", "yes", "all",
        "also", "like", "want", "need", "know", "tell", "please", "thing", "one", "more", "much", "very",
        "really", "then", "than", "too", "into", "out", "up", "now", "here", "may", "might", "must", "someth",
        "anyth", "someone", "kind", "type", "sort", "ok", "okay", "um", "hi",
    ]

    /// Damping applied to a stop word's weight.
    static let weight = 0.15
}
