/// A staff-written crisis rule from `crisis.yaml`: a pattern and the category it signals.
public struct CrisisRule: Sendable {
    public var category: CrisisCategory
    public var pattern: Pattern
    /// The staff file and line.
    public var origin: String
}

/// The order categories are ranked in when a message signals several: the first decides the
/// first number ("i took all my pills, i want to die" is an overdose in progress: 911 first).
/// The compiled-in floor itself is `CrisisConceptRules`; staff rules only add to it.
enum CrisisFloor {
    static let priority: [CrisisCategory] = [.overdose, .medicalEmergency, .poisoning, .harmToOthers, .suicidal, .selfHarm]
}
