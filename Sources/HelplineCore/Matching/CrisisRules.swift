/// A rule that marks a message as a crisis.
public struct CrisisRule: Sendable {
    public var category: CrisisCategory
    public var pattern: Pattern
    /// `compiled-in floor` or the staff file and line.
    public var origin: String
}

/// The crisis rules compiled into the program. Staff can add rules in `crisis.yaml`; these
/// cannot be removed or switched off from any file.
///
/// Rules match normalised words, never stems, so "what is an overdose" is not "overdosed".
enum CrisisFloor {
    /// Categories in the order they are checked: the first that matches decides the first number.
    static let priority: [CrisisCategory] = [.overdose, .medicalEmergency, .suicidal, .selfHarm, .harmToOthers, .poisoning]

    static let rules: [(CrisisCategory, String)] = [
        (.overdose, "* (overdosing|overdosed|oding|oded|odding) *"),
        (.overdose, "* (not|isnt|stopped|cant|cannot|barely|hardly) breathing *"),
        (.overdose, "* can not breathe *"),
        (.overdose, "* (wont|will not|can not|cannot|cant|does not|doesnt) wake up *"),
        (.overdose, "* (unresponsive|unconscious) *"),
        (.overdose, "* (blue|purple|gray|grey) (lips|lip|face|skin|fingertips) *"),
        (.overdose, "* (lips|lip|face|skin) (are|is|turning|turned) (blue|purple|gray|grey) *"),
        (.overdose, "* (passed|blacked) out *"),
        (.overdose, "* (took|taken|take|had|used|did) (way|far) too (much|many) *"),
        (.overdose, "* (took|taken|had|used|did|swallowed) too (much|many) *"),
        (.overdose, "* (need|give|giving|gave|using|used) (narcan|naloxone) (now|right now|on) *"),
        (.medicalEmergency, "* (chest pains|chest pain|heart attack|stroke|seizure|seizures|seizing|convulsing|bleeding out|bleeding heavily) *"),
        (.medicalEmergency, "* medical emergency *"),
        (.suicidal, "* (suicidal|suicide|unalive|unaliving|unalived|kms|kys|sewerslide) *"),
        (.suicidal, "* (kill|killing|end|ending|off|offing) myself *"),
        (.suicidal, "* (end|ending|take|taking) my [own] life *"),
        (.suicidal, "* end it all *"),
        (.suicidal, "* (want|wanna|going|ready|trying|plan|planning) to die *"),
        (.suicidal, "* wish i (was|were) dead *"),
        (.suicidal, "* better off (dead|without me) *"),
        (.suicidal, "* (do not|dont|never) want to (live|be alive|exist|be here|wake up) *"),
        (.suicidal, "* no (reason|point) (to|in) (live|living|going on) *"),
        (.suicidal, "* (can not|cannot|cant) go on *"),
        (.suicidal, "* (lethal|fatal|deadly) (dose|doses|amount|amounts) *"),
        (.suicidal, "* how (much|many) * (to|would|will|could|can) (kill|die) *"),
        (.suicidal, "* (overdose|od) on purpose *"),
        (.selfHarm, "* (cut|cutting|burn|burning|hurt|hurting|harm|harming) myself *"),
        (.selfHarm, "* (self harm|selfharm|self harming|self injury) *"),
        (.harmToOthers, "* (want|wanna|going|gonna|plan|planning) to (kill|hurt|shoot|stab|attack) *"),
        (.harmToOthers, "* (kill|shoot|stab) (him|her|them|someone|somebody|people|everyone) *"),
        (.poisoning, "* (kid|kids|child|baby|toddler|son|daughter|grandchild|grandson|granddaughter) * (swallowed|ate|eaten|drank|got into|chewed) *"),
        (.poisoning, "* (swallowed|ate|drank) * by (accident|mistake) *"),
        (.poisoning, "* accidentally (swallowed|ate|drank|took) *"),
    ]
}
