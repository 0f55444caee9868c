/// The language a reply is written in. English unless a message reads as Spanish.
public enum VisitorLanguage: String, Sendable, Codable, CaseIterable {
    case english = "en"
    case spanish = "es"
}
