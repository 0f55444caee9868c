/// The kind of emergency a crisis message describes; decides which number comes first.
public enum CrisisCategory: String, Sendable, Codable, CaseIterable {
    /// An overdose in progress: 911 and naloxone steps.
    case overdose
    /// Suicidal thoughts, including questions about methods or lethal amounts: 988.
    case suicidal
    /// Self-harm: 988.
    case selfHarm = "self-harm"
    /// Intent to hurt someone else: 911.
    case harmToOthers = "harm-to-others"
    /// A medical emergency other than overdose: 911.
    case medicalEmergency = "medical-emergency"
    /// Accidental ingestion: Poison Help.
    case poisoning
}
