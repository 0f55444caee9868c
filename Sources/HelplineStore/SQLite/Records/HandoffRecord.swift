import Foundation
import GRDB

/// A row of `handoff`: a request for staff to contact a visitor.
struct HandoffRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "handoff"

    /// Lower-case UUID text.
    var id: String
    var conversationId: String
    /// The turn whose reply opened the handoff; nil when a call-back request opened it.
    var turnId: Int64?
    var reason: String
    var intent: String?
    /// `HandoffRequest.Priority` raw value.
    var priority: String
    /// `HandoffStatus` raw value.
    var status: String
    /// `CrisisCategory` raw value.
    var crisisCategory: String?
    var callbackName: String?
    var callbackPhone: String?
    var callbackBestTime: String?
    var callbackConsentAt: Date?
    var note: String?
    var updatedBy: String?
    var createdAt: Date
    var updatedAt: Date

    enum Columns {
        static let conversationId = Column("conversationId")
        static let status = Column("status")
        static let priority = Column("priority")
        static let createdAt = Column("createdAt")
    }
}
