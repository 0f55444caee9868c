/// The best few intents an example scan has found so far, one entry per intent, best first.
///
/// `rank` keeps this instead of a slot for every intent, so a message costs what its
/// candidates cost. Its last score is the bar a new candidate must clear, which is what lets
/// the scan stop early.
struct TopIntents {
    /// An intent's best example so far.
    struct Entry {
        var intent: Int
        var score: Double
        var example: Int32
        /// Between two equally scored examples of one intent, the smaller key wins: the
        /// exhaustive scan kept the first it met, which is this order.
        var tie: (feature: Int32, example: Int32)
    }

    let capacity: Int
    private(set) var entries: [Entry] = []
    private let intentIDs: [String]

    init(capacity: Int, intentIDs: [String]) {
        self.capacity = capacity
        self.intentIDs = intentIDs
        entries.reserveCapacity(capacity + 1)
    }

    /// The score a new intent must beat to enter, once the list is full.
    var bar: Double? { entries.count == capacity ? entries.last?.score : nil }

    mutating func offer(_ candidate: Entry) {
        if let position = entries.firstIndex(where: { $0.intent == candidate.intent }) {
            let held = entries[position]
            guard candidate.score > held.score || (candidate.score == held.score && candidate.tie < held.tie) else { return }
            entries.remove(at: position)
        } else if entries.count == capacity, let last = entries.last, !precedes(candidate, last) {
            return
        }
        let position = entries.firstIndex(where: { precedes(candidate, $0) }) ?? entries.count
        entries.insert(candidate, at: position)
        if entries.count > capacity { entries.removeLast() }
    }

    /// The order `rank` reports: higher score first, then intent id.
    private func precedes(_ a: Entry, _ b: Entry) -> Bool {
        a.score != b.score ? a.score > b.score : intentIDs[a.intent] < intentIDs[b.intent]
    }
}
