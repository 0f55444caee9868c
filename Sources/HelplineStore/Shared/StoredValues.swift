import Foundation
import HelplineCore

// Conversions between the raw values in rows and the typed values of the public API.

extension UUID {
    /// How ids are stored: lower-case UUID text.
    var storeKey: String { lowercasedString }

    /// Parses a stored id.
    init(storeKey: String) throws {
        guard let uuid = UUID(uuidString: storeKey) else {
            throw StoreError.invalidData("stored id is not a UUID")
        }
        self = uuid
    }
}

extension ConversationState {
    /// The state as stored: JSON that `JSONDecoder` reads back into the same state, written by
    /// hand because every turn stores one and `JSONEncoder` cost more than the SQL insert.
    var storeText: String {
        let intent = lastIntent.map { "\"\(Self.escaped($0))\"" } ?? "null"
        // Present only when set, as JSONEncoder leaves out a nil optional.
        let pending = pendingCallbackPhone.map { ",\"pendingCallbackPhone\":\"\(Self.escaped($0))\"" } ?? ""
        return "{\"awaitingCallbackAnswer\":\(awaitingCallbackAnswer),\"consecutiveFallbacks\":\(consecutiveFallbacks),"
            + "\"lastIntent\":\(intent)\(pending),\"turns\":\(turns)}"
    }

    private static func escaped(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Parses a stored enum raw value.
func decodeStored<T: RawRepresentable>(_ type: T.Type, _ raw: String, column: String) throws -> T where T.RawValue == String {
    guard let value = T(rawValue: raw) else {
        throw StoreError.invalidData("unknown \(column) '\(raw)'")
    }
    return value
}

extension TurnRecord {
    /// The public form.
    func stored() throws -> StoredTurn {
        StoredTurn(
            id: id ?? 0, conversationID: try UUID(storeKey: conversationId), sequence: sequence, message: message,
            replyText: replyText, intent: intent, plugin: plugin, confidence: confidence,
            escalation: try decodeStored(Escalation.self, escalation, column: "turn.escalation"),
            excerptArticle: excerptArticle, createdAt: createdAt)
    }
}

extension HandoffRecord {
    /// The public form.
    func stored() throws -> StoredHandoff {
        var callback: StoredHandoff.Callback?
        if let callbackPhone {
            callback = StoredHandoff.Callback(
                name: callbackName, phone: callbackPhone, bestTime: callbackBestTime,
                consentAt: callbackConsentAt ?? updatedAt)
        }
        return StoredHandoff(
            id: try UUID(storeKey: id), conversationID: try UUID(storeKey: conversationId), turnID: turnId,
            reason: reason, intent: intent,
            priority: try decodeStored(HandoffRequest.Priority.self, priority, column: "handoff.priority"),
            status: try decodeStored(HandoffStatus.self, status, column: "handoff.status"),
            crisisCategory: try crisisCategory.map { try decodeStored(CrisisCategory.self, $0, column: "handoff.crisisCategory") },
            callback: callback, note: note, updatedBy: updatedBy, createdAt: createdAt, updatedAt: updatedAt)
    }
}

extension OutboxRecord {
    /// The public form.
    func item() throws -> OutboxItem {
        OutboxItem(
            id: id ?? 0, handoffID: try UUID(storeKey: handoffId), event: event, payload: payload, attempts: attempts,
            nextAttemptAt: nextAttemptAt, deliveredAt: deliveredAt, lastError: lastError, createdAt: createdAt)
    }
}

extension DeliveryAttemptRecord {
    /// The public form.
    func attempt() -> DeliveryAttempt {
        DeliveryAttempt(
            id: id ?? 0, outboxID: outboxId, attemptedAt: attemptedAt, succeeded: succeeded, statusCode: statusCode,
            error: error)
    }
}

extension ConversationRecord {
    /// The public form.
    func stored() throws -> StoredConversation {
        StoredConversation(
            id: try UUID(storeKey: id), createdAt: createdAt, updatedAt: updatedAt, state: state,
            turnCount: turnCount, escalation: try decodeStored(Escalation.self, escalation, column: "conversation.escalation"))
    }
}

extension StaffRecord {
    /// The public form: no hash.
    func member() -> StaffMember {
        StaffMember(name: name, createdAt: createdAt, revokedAt: revokedAt)
    }
}

extension AuditRecord {
    /// The public form.
    func entry() -> AuditEntry {
        AuditEntry(id: id ?? 0, at: at, staff: staff, action: action, targets: targets, detail: detail)
    }
}
