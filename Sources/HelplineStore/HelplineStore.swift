public import Foundation
public import HelplineCore

/// What the server and the staff CLI need of the database, whichever it is: ``SQLiteStore`` (one
/// file, the embedded default) or ``PostgresStore`` (one server shared by several instances).
/// ``openStore(_:logger:)`` picks one from a location.
///
/// Every write is one transaction named for what it means, durable when it returns; callers never
/// see SQL. Failures are ``StoreError``s: ``StoreError/Code/unavailable`` when the database cannot
/// be reached (the caller may retry later), ``StoreError/Code/notFound`` for an unknown id.
public protocol HelplineStore: Sendable {
    // MARK: Turns

    /// Records one visitor message and the reply to it in one transaction: creates the
    /// conversation when `id` is nil, loads its state, calls `responder` with it, stores the turn
    /// under the next sequence number with the new state, and opens the handoff the reply asks
    /// for with its `handoff.opened` notification. Messages of one conversation are serialized, so
    /// each sees the state the previous one left and turn numbers have no gaps.
    ///
    /// `responder` runs inside the transaction: it must be pure and fast.
    func respond(
        conversation id: UUID?, message: String, at date: Date,
        using responder: @escaping @Sendable (ConversationState) -> (Reply, ConversationState)
    ) async throws -> RecordedTurn

    /// Records several turns, in order, sharing commits where the backend can. A turn for an
    /// unknown conversation fails alone; any other failure fails the call.
    func respond(batch requests: [TurnRequest]) async throws -> [Result<RecordedTurn, StoreError>]

    /// The turns of a conversation, in order; ``StoreError/Code/notFound`` when there is none.
    func turns(of id: UUID) async throws -> [StoredTurn]

    /// The turns of a conversation, in order, for the visitor whose browser holds its visitor key
    /// (``RecordedTurn/visitorKey``, compared by hash in constant time). An unknown id, a wrong
    /// key and a conversation without a key (made before keys existed) are one and the same
    /// ``StoreError/Code/notFound``, so the answer never tells whether an id exists.
    func visitorTurns(of id: UUID, key: String) async throws -> [StoredTurn]

    // MARK: Conversations

    /// Whether a conversation with this id is stored (false once purged).
    func conversationExists(_ id: UUID) async throws -> Bool
    /// A conversation's summary, or nil.
    func conversation(_ id: UUID) async throws -> StoredConversation?
    /// How many conversations are stored.
    func conversationCount() async throws -> Int
    /// Conversations by latest activity, newest first; `escalatedOnly` keeps those staff may owe
    /// a call (a reply at handoff or emergency, or any handoff).
    func listConversations(escalatedOnly: Bool, since: Date?, limit: Int) async throws -> [ConversationSummary]

    // MARK: Handoffs

    /// Stores consented call-back details on the conversation's latest open handoff (opening one
    /// when there is none) and queues the notification, in one transaction.
    @discardableResult
    func recordCallback(
        conversation id: UUID, name: String?, phone: String, bestTime: String?, at date: Date
    ) async throws -> StoredHandoff
    /// A conversation's handoffs, oldest first.
    func handoffs(of id: UUID) async throws -> [StoredHandoff]
    /// The queue: urgent first, newest first within a priority.
    func listHandoffs(status: HandoffStatus?, priority: HandoffRequest.Priority?, limit: Int) async throws
        -> [StoredHandoff]
    /// One handoff, or nil.
    func handoff(_ id: UUID) async throws -> StoredHandoff?
    /// Staff follow-up: a new status, and a note when given (nil keeps it, empty clears it).
    @discardableResult
    func updateHandoff(_ id: UUID, status: HandoffStatus, note: String?, by staff: String, at date: Date)
        async throws -> StoredHandoff

    // MARK: Notification outbox

    /// Undelivered notifications due at `now`, oldest first, without claiming them.
    func dueNotifications(at now: Date, limit: Int) async throws -> [OutboxItem]
    /// Claims due notifications for delivery by this instance: each is returned to one caller
    /// only, and becomes due again at `leaseUntil` unless its delivery is recorded before then
    /// (so an instance that dies mid-delivery leaves it to another).
    func claimNotifications(at now: Date, limit: Int, leaseUntil: Date) async throws -> [OutboxItem]
    /// Records one delivery attempt: delivered, or failed with the next try at `nextAttemptAt`
    /// (nil gives up).
    func recordDelivery(
        outboxID: Int64, at date: Date, succeeded: Bool, statusCode: Int?, error: String?, nextAttemptAt: Date?
    ) async throws
    /// The delivery attempts of one notification, in order.
    func deliveryAttempts(outboxID: Int64) async throws -> [DeliveryAttempt]
    /// The notifications queued for one handoff, oldest first.
    func notifications(ofHandoff id: UUID) async throws -> [OutboxItem]
    /// How many notifications are still to deliver (undelivered and not given up).
    func outboxBacklog() async throws -> Int

    // MARK: Staff and audit

    /// Adds a staff account and returns its token, shown this once (the store keeps its hash).
    func addStaff(name: String, at date: Date) async throws -> (member: StaffMember, token: String)
    /// Every staff account, oldest first.
    func listStaff() async throws -> [StaffMember]
    /// Revokes the active account with this name.
    func revokeStaff(name: String, at date: Date) async throws
    /// The active account the token belongs to, or nil.
    func authenticate(token: String) async throws -> StaffMember?
    /// Appends to the audit log (which refuses updates and deletes).
    func recordAudit(staff: String, action: String, targets: [String], detail: String?, at date: Date) async throws
    /// The audit log, newest first, optionally for one staff name.
    func auditLog(limit: Int, staff: String?) async throws -> [AuditEntry]

    // MARK: Review, retention, health

    /// Conversations a reviewer should read: unmatched risk words, fallbacks, crisis replies.
    func reviewCandidates(riskTerms: [String], since: Date?, limit: Int) async throws -> [ReviewCandidate]
    /// Deletes conversations inactive since `cutoff` unless a handoff still needs staff. Runs on
    /// one instance at a time.
    func purge(olderThan cutoff: Date) async throws -> PurgeResult
    /// Proves a write commits; ``StoreError/Code/unavailable`` when it cannot.
    func checkWritable() async throws
    /// Background upkeep the server runs every few seconds, never inside a request: on SQLite, a
    /// checkpoint of the write-ahead log on a connection of its own (commits never checkpoint);
    /// nothing on PostgreSQL, whose server checkpoints by itself.
    func checkpoint() async throws
    /// Releases connections; the store is not used afterwards.
    func close() async
}

extension HelplineStore {
    /// The whole audit log, newest first.
    public func auditLog(limit: Int) async throws -> [AuditEntry] {
        try await auditLog(limit: limit, staff: nil)
    }
}
