/// What the assistant says back, with everything a client needs to render it and staff need
/// to understand it.
public struct Reply: Sendable, Codable {
    /// Plain text, possibly several lines.
    public var text: String
    /// A verbatim quote from an article, shown as a quote with its source.
    public var excerpt: Excerpt?
    /// The intent answered: a catalogue id, `fallback`, `crisis`, `ambiguous` or `callback-declined`.
    public var intent: String
    /// How sure the responder is, 0...1.
    public var confidence: Double
    public var escalation: Escalation
    /// Related intents offered as buttons.
    public var suggestions: [Suggestion]
    /// Calls the client should offer, most urgent first.
    public var actions: [Action]
    /// Set when the reply opens a handoff for staff to follow up.
    public var handoff: HandoffRequest?
    /// Set when the reply asked "would you like a call back?".
    public var asksForCallback: Bool
    /// A call-back number the visitor typed in the chat: asked back ("Shall we call …?",
    /// `consented` false), or confirmed with the visitor's yes (`consented` true), which the store
    /// records on the conversation's handoff as the call-back form does.
    public var callback: CallbackDetails?
    /// Why this reply was chosen.
    public var explanation: Explanation

    public init(
        text: String, excerpt: Excerpt? = nil, intent: String, confidence: Double, escalation: Escalation,
        suggestions: [Suggestion] = [], actions: [Action] = [], handoff: HandoffRequest? = nil,
        asksForCallback: Bool = false, callback: CallbackDetails? = nil, explanation: Explanation
    ) {
        self.callback = callback
        self.text = text
        self.excerpt = excerpt
        self.intent = intent
        self.confidence = confidence
        self.escalation = escalation
        self.suggestions = suggestions
        self.actions = actions
        self.handoff = handoff
        self.asksForCallback = asksForCallback
        self.explanation = explanation
    }

    /// Intent ids that are not files in `intents/` but replies the responder makes itself.
    public enum BuiltIn {
        public static let fallback = "fallback"
        public static let crisis = "crisis"
        public static let ambiguous = "ambiguous"
        public static let callbackDeclined = "callback-declined"
        public static let articleSearch = "article-search"
        /// "Shall we call 555-201-3344?": a number typed after the call-back offer, asked back.
        public static let callbackConfirm = "callback-confirm"
        /// The visitor's yes to that question: the number is stored with the consent.
        public static let callbackConfirmed = "callback-confirmed"
    }
}

/// A related intent offered as a button.
public struct Suggestion: Sendable, Codable, Hashable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Something the client can do for the visitor: for now, place a call.
public struct Action: Sendable, Codable, Hashable {
    public var type: String
    public var tel: String
    public var label: String

    /// A `tel:` call to `phone`.
    public static func call(_ phone: HelplineSettings.Phone) -> Action {
        Action(type: "call", tel: phone.tel, label: "\(phone.label): \(phone.display)")
    }
}

/// A call-back number typed in the chat (see ``Reply/callback``).
public struct CallbackDetails: Sendable, Codable, Hashable {
    /// The number without separators: an optional `+` and 7 to 15 digits. Never log it.
    public var phone: String
    /// True once the visitor said yes to "Shall we call …?".
    public var consented: Bool

    public init(phone: String, consented: Bool) {
        self.phone = phone
        self.consented = consented
    }

    /// The number as the visitor reads it back: 555-201-3344 for ten digits (1-555-201-3344 with
    /// the country code), otherwise as stored.
    public var display: String {
        let digits = Array(phone)
        func groups(_ d: ArraySlice<Character>) -> String {
            String(d.prefix(3)) + "-" + String(d.dropFirst(3).prefix(3)) + "-" + String(d.dropFirst(6))
        }
        if digits.count == 10, digits.allSatisfy(\.isNumber) { return groups(digits[...]) }
        if digits.count == 11, digits.first == "1" { return "1-" + groups(digits.dropFirst()) }
        if digits.count == 12, phone.hasPrefix("+1") { return "+1 " + groups(digits.dropFirst(2)) }
        return phone
    }
}

/// A request for staff to follow up, recorded by the store with the turn that opened it.
public struct HandoffRequest: Sendable, Codable, Hashable {
    public enum Priority: String, Sendable, Codable {
        case normal, urgent
    }

    public var reason: String
    public var priority: Priority
    public var crisisCategory: CrisisCategory?

    public init(reason: String, priority: Priority, crisisCategory: CrisisCategory? = nil) {
        self.reason = reason
        self.priority = priority
        self.crisisCategory = crisisCategory
    }
}

/// Why a reply was chosen: which plugin, what matched, how well, and what came close.
public struct Explanation: Sendable, Codable {
    public var plugin: String
    /// The pattern, example or rule that matched, as staff wrote it.
    public var matched: String?
    /// Where that pattern or example is written.
    public var source: String?
    public var score: Double
    /// The next best candidates, for `--explain`.
    public var runnersUp: [Candidate]
    /// Typos corrected before matching.
    public var corrections: [String]
    /// For a crisis found by the compiled-in rules: each concept that fired, as `concept: words`.
    public var concepts: [String]?

    public init(
        plugin: String, matched: String? = nil, source: String? = nil, score: Double,
        runnersUp: [Candidate] = [], corrections: [String] = [], concepts: [String]? = nil
    ) {
        self.concepts = concepts
        self.plugin = plugin
        self.matched = matched
        self.source = source
        self.score = score
        self.runnersUp = runnersUp
        self.corrections = corrections
    }

    public struct Candidate: Sendable, Codable {
        public var intent: String
        public var score: Double
        public var plugin: String
    }
}
