/// One intent from `intents/<id>.yaml`, validated and with its excerpt resolved.
public struct Intent: Sendable, Identifiable {
    public var id: String
    public var title: String
    public var category: IntentCategory
    public var patterns: [Located<String>]
    public var examples: [Located<String>]
    /// What the assistant says, placeholders filled and white space collapsed.
    public var answer: String
    public var excerpt: Excerpt?
    public var escalation: Escalation
    /// After answering, ask whether the visitor wants a call back.
    public var offerCallback: Bool
    /// Ids of related intents, offered as buttons.
    public var suggestions: [String]
    public var location: SourceLocation

    public init(
        id: String, title: String, category: IntentCategory = .topic, patterns: [Located<String>] = [],
        examples: [Located<String>] = [], answer: String, excerpt: Excerpt? = nil,
        escalation: Escalation = .none, offerCallback: Bool = false, suggestions: [String] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.patterns = patterns
        self.examples = examples
        self.answer = answer
        self.excerpt = excerpt
        self.escalation = escalation
        self.offerCallback = offerCallback
        self.suggestions = suggestions
        self.location = location
    }
}

/// A verbatim quote from one of the provider's articles.
public struct Excerpt: Sendable, Codable, Hashable {
    /// The quoted text, exactly as in the article.
    public var quote: String
    /// The article's id (its file name without `.md`).
    public var article: String
    public var title: String
    public var url: String

    public init(quote: String, article: String, title: String, url: String) {
        self.quote = quote
        self.article = article
        self.title = title
        self.url = url
    }
}

/// One of the provider's articles from `intents/articles/`.
public struct Article: Sendable {
    public var id: String
    public var title: String
    public var url: String
    /// The body text, without front matter.
    public var body: String
    /// Paragraphs and list items, each with markdown markers removed; what article search ranks.
    public var passages: [String]

    /// The body with runs of white space collapsed, which quotes are checked against.
    var searchableBody: String { body.collapsingWhitespace() }
}

extension String {
    /// Runs of spaces, tabs and newlines become one space; ends trimmed.
    func collapsingWhitespace() -> String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
