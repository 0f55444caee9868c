public import Foundation

/// One thing a staff member read or changed, as the audit log keeps it.
public struct AuditEntry: Sendable, Codable, Hashable {
    /// The row id; later entries have higher ids.
    public var id: Int64
    /// When it happened.
    public var at: Date
    /// Who did it: a staff name, or the name of a tool acting for staff.
    public var staff: String
    /// What was done, e.g. `transcript.read`.
    public var action: String
    /// The ids it concerned (conversations, handoffs, staff names), in the caller's order.
    public var targets: [String]
    /// More about it, in staff's or the program's words; never a visitor's.
    public var detail: String?

    /// Creates an entry.
    public init(id: Int64, at: Date, staff: String, action: String, targets: [String], detail: String?) {
        self.id = id
        self.at = at
        self.staff = staff
        self.action = action
        self.targets = targets
        self.detail = detail
    }
}
