/// Every word, stem and concept the intents know, numbered, so matching compares integers
/// instead of hashing strings. Built while compiling, frozen in the snapshot.
public struct Vocabulary: Sendable {
    /// The id of a token the intents never use.
    public static let unknown: Int32 = -1

    private var ids: [String: Int32] = [:]

    /// An empty vocabulary.
    public init() {}
    private(set) var tokens: [String] = []

    /// How many tokens are known.
    public var count: Int { tokens.count }

    /// The token's id, adding it if it is new.
    mutating func intern(_ token: String) -> Int32 {
        if let id = ids[token] { return id }
        let id = Int32(tokens.count)
        ids[token] = id
        tokens.append(token)
        return id
    }

    /// The token's id, or `unknown`.
    public func id(of token: String) -> Int32 { ids[token] ?? Self.unknown }

    /// The token behind an id.
    public func token(_ id: Int32) -> String { id >= 0 ? tokens[Int(id)] : "?" }
}
