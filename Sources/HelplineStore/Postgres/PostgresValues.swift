import Foundation
import HelplineCore
import PostgresNIO

// Conversions between PostgreSQL values and the typed values of the public API.

/// A date as the PostgreSQL store keeps it: `timestamptz`, rounded to the millisecond as the
/// SQLite store's text format is, so a date reads back equal on both backends.
///
/// PostgresNIO's own `Date` coding truncates microseconds through floating point, so a
/// millisecond date can come back a microsecond early; this type rounds once, in integers.
struct PostgresTimestamp: PostgresNonThrowingEncodable, PostgresDecodable, Sendable {
    var date: Date

    init(_ date: Date) { self.date = date }

    /// Microseconds from 1970 to 2000-01-01, PostgreSQL's epoch.
    private static let epochOffset: Int64 = 946_684_800_000_000

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(into buffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        buffer.writeInteger(milliseconds * 1000 - Self.epochOffset)
    }

    init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard type == .timestamptz || type == .timestamp, format == .binary, buffer.readableBytes == 8,
            let microseconds = buffer.readInteger(as: Int64.self)
        else {
            throw PostgresDecodingError.Code.typeMismatch
        }
        // One integer sum and one division: the nearest Double to the exact value, as a
        // literal such as `1_764_215_719.123` is.
        self.date = Date(timeIntervalSince1970: Double(microseconds + Self.epochOffset) / 1_000_000)
    }
}

extension Date {
    /// The date as a query argument.
    var postgres: PostgresTimestamp { PostgresTimestamp(self) }
}

extension String {
    /// The text as PostgreSQL can store it: PostgreSQL's `text` and `jsonb` refuse the NUL
    /// character, which SQLite keeps, so it is replaced with U+FFFD. Nothing else changes.
    /// A visitor's message with a NUL in it (never typed, only pasted or forged) is then
    /// still recorded, and its reply (a crisis reply, perhaps) still sent.
    var postgresSafe: String {
        guard utf8.contains(0) else { return self }
        return String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
    }
}

/// One row, read by column name.
struct PostgresColumns {
    private let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    /// The column's value; an optional type reads NULL as nil.
    func callAsFunction<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try row[column].decode(T.self)
    }

    /// A `timestamptz` column.
    func date(_ column: String) throws -> Date {
        try self(column, as: PostgresTimestamp.self).date
    }

    /// A nullable `timestamptz` column.
    func optionalDate(_ column: String) throws -> Date? {
        try self(column, as: PostgresTimestamp?.self)?.date
    }
}

// MARK: - Rows to public values

extension PostgresStore {
    /// The columns that ``turn(_:)`` reads, from `turn t` joined with its `conversation c`.
    static let turnColumns = """
        t.id, c.id AS conversation_id, t.sequence, t.message, t.reply_text, t.intent, t.plugin, t.confidence, t.escalation,
        t.excerpt_article, t.created_at
        """

    static func turn(_ row: PostgresRow) throws -> StoredTurn {
        let column = PostgresColumns(row)
        return StoredTurn(
            id: try column("id"), conversationID: try column("conversation_id"), sequence: try column("sequence"),
            message: try column("message"), replyText: try column("reply_text"), intent: try column("intent"),
            plugin: try column("plugin"), confidence: try column("confidence"),
            escalation: try decodeStored(Escalation.self, try column("escalation"), column: "turn.escalation"),
            excerptArticle: try column("excerpt_article"), createdAt: try column.date("created_at"))
    }

    /// The columns of `handoff` that ``handoff(_:)`` reads.
    static let handoffColumns = """
        id, conversation_id, turn_id, reason, intent, priority, status, crisis_category, callback_name, callback_phone, \
        callback_best_time, callback_consent_at, note, updated_by, created_at, updated_at
        """

    static func handoff(_ row: PostgresRow) throws -> StoredHandoff {
        let column = PostgresColumns(row)
        let updatedAt = try column.date("updated_at")
        var callback: StoredHandoff.Callback?
        if let phone = try column("callback_phone", as: String?.self) {
            callback = StoredHandoff.Callback(
                name: try column("callback_name"), phone: phone, bestTime: try column("callback_best_time"),
                consentAt: try column.optionalDate("callback_consent_at") ?? updatedAt)
        }
        return StoredHandoff(
            id: try column("id"), conversationID: try column("conversation_id"), turnID: try column("turn_id"),
            reason: try column("reason"), intent: try column("intent"),
            priority: try decodeStored(HandoffRequest.Priority.self, try column("priority"), column: "handoff.priority"),
            status: try decodeStored(HandoffStatus.self, try column("status"), column: "handoff.status"),
            crisisCategory: try column("crisis_category", as: String?.self).map {
                try decodeStored(CrisisCategory.self, $0, column: "handoff.crisis_category")
            },
            callback: callback, note: try column("note"), updatedBy: try column("updated_by"),
            createdAt: try column.date("created_at"), updatedAt: updatedAt)
    }

    /// The columns of `notification_outbox` that ``outboxItem(_:)`` reads.
    static let outboxColumns = """
        id, handoff_id, event, payload::text AS payload, attempts, next_attempt_at, delivered_at, last_error, created_at
        """

    static func outboxItem(_ row: PostgresRow) throws -> OutboxItem {
        let column = PostgresColumns(row)
        return OutboxItem(
            id: try column("id"), handoffID: try column("handoff_id"), event: try column("event"),
            payload: try column("payload"), attempts: try column("attempts"),
            nextAttemptAt: try column.optionalDate("next_attempt_at"), deliveredAt: try column.optionalDate("delivered_at"),
            lastError: try column("last_error"), createdAt: try column.date("created_at"))
    }

    static func conversation(_ row: PostgresRow) throws -> StoredConversation {
        let column = PostgresColumns(row)
        let stateText: String = try column("state")
        return StoredConversation(
            id: try column("id"), createdAt: try column.date("created_at"), updatedAt: try column.date("updated_at"),
            state: try JSONDecoder().decode(ConversationState.self, from: Data(stateText.utf8)),
            turnCount: try column("turn_count"),
            escalation: try decodeStored(Escalation.self, try column("escalation"), column: "conversation.escalation"))
    }

    static func staffMember(_ row: PostgresRow) throws -> StaffMember {
        let column = PostgresColumns(row)
        return StaffMember(name: try column("name"), createdAt: try column.date("created_at"), revokedAt: try column.optionalDate("revoked_at"))
    }
}
