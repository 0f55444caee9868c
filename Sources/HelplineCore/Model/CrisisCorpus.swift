/// Messages that keep crisis detection honest, from `intents/tests/*.tsv`: crises that must be
/// caught with the right number first, and ordinary messages that must not be crises.
public struct CrisisCorpus: Sendable {
    /// A labelled message.
    public struct Row: Sendable {
        /// The kind of message (`plan-time`, `unresponsive`, `grief`, …), for per-kind figures.
        public var kind: String
        /// For a crisis: the number that must come first (`911`, `988` or `poison`).
        public var number: ExpectedNumber?
        public var message: Located<String>
    }

    /// The number a crisis reply must put first.
    public enum ExpectedNumber: String, Sendable, CaseIterable {
        case emergency = "911"
        case crisisLine = "988"
        case poisonHelp = "poison"

        /// The phone as `helpline.yaml` spells it.
        public func phone(in settings: HelplineSettings) -> HelplineSettings.Phone {
            switch self {
            case .emergency: settings.emergency
            case .crisisLine: settings.crisisLine
            case .poisonHelp: settings.poisonHelp
            }
        }
    }

    public var crises: [Row] = []
    public var ordinary: [Row] = []

    public init(crises: [Row] = [], ordinary: [Row] = []) {
        self.crises = crises
        self.ordinary = ordinary
    }
}
