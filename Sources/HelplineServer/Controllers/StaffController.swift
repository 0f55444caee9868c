import Foundation
import HelplineCore
import HelplineStore
import Hummingbird
import Logging

/// The staff API: the escalation queue, one handoff, status changes and transcripts.
/// Every read and change is written to the audit log with who, what and which ids.
struct StaffController {
    let store: any HelplineStore
    let maximumBodySize: Int

    func addRoutes(to group: RouterGroup<HelplineRequestContext>) {
        group.get("handoffs", use: list)
        group.get("handoffs/{id}", use: show)
        group.patch("handoffs/{id}", use: update)
        group.get("conversations/{id}", use: transcript)
    }

    @Sendable func list(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        let statusText = request.uri.queryParameters["status"].map(String.init)
        let priorityText = request.uri.queryParameters["priority"].map(String.init)
        var status: HandoffStatus?
        if let statusText, statusText != "all" {
            guard let parsed = HandoffStatus(rawValue: statusText) else {
                throw APIError.badRequest("invalid_status", "status must be one of open, contacted, closed, no-contact, all.")
            }
            status = parsed
        }
        var priority: HandoffRequest.Priority?
        if let priorityText {
            guard let parsed = HandoffRequest.Priority(rawValue: priorityText) else {
                throw APIError.badRequest("invalid_priority", "priority must be urgent or normal.")
            }
            priority = parsed
        }
        let handoffs = try await store.listHandoffs(status: status, priority: priority, limit: 500)
        try await audit(context, "handoffs.list", targets: [], detail: "status=\(statusText ?? "any") priority=\(priorityText ?? "any")")
        struct Body: Encodable { var handoffs: [HandoffJSON] }
        return try JSONResponse.make(Body(handoffs: handoffs.map(HandoffJSON.init)))
    }

    @Sendable func show(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        let id = try handoffID(context)
        guard let handoff = try await store.handoff(id) else { throw Self.noHandoff }
        try await audit(context, "handoff.view", targets: [id.lowercasedString])
        struct Body: Encodable { var handoff: HandoffJSON }
        return try JSONResponse.make(Body(handoff: HandoffJSON(handoff)))
    }

    @Sendable func update(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        let id = try handoffID(context)
        let change: HandoffUpdate = try await request.decodeJSON(limit: maximumBodySize)
        guard let current = try await store.handoff(id) else { throw Self.noHandoff }
        var status = current.status
        if let text = change.status {
            guard let parsed = HandoffStatus(rawValue: text) else {
                throw APIError.badRequest("invalid_status", "status must be one of open, contacted, closed, no-contact.")
            }
            status = parsed
        }
        if let note = change.note, note.schemaLength > 2_000 {
            throw APIError.badRequest("note_too_long", "A note may hold at most 2,000 characters.")
        }
        // Absent keeps the note; empty (after trimming) clears it.
        let note = change.note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let updated = try await store.updateHandoff(id, status: status, note: note, by: context.staff ?? "unknown", at: Date())
        try await audit(context, "handoff.update", targets: [id.lowercasedString], detail: "status=\(status.rawValue)")
        context.logger.info("handoff updated", metadata: ["handoff.id": "\(id.lowercasedString)", "handoff.status": "\(status.rawValue)"])
        struct Body: Encodable { var handoff: HandoffJSON }
        return try JSONResponse.make(Body(handoff: HandoffJSON(updated)))
    }

    @Sendable func transcript(_ request: Request, context: HelplineRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let conversation = try await store.conversation(id)
        else { throw APIError.notFound() }
        let turns = try await store.turns(of: id)
        let handoffs = try await store.handoffs(of: id)
        try await audit(context, "conversation.view", targets: [id.lowercasedString])
        return try JSONResponse.make(TranscriptJSON(
            conversation: .init(
                id: id.lowercasedString, createdAt: conversation.createdAt, updatedAt: conversation.updatedAt,
                turnCount: conversation.turnCount, escalation: conversation.escalation.rawValue),
            turns: turns.map(TurnJSON.init), handoffs: handoffs.map(HandoffJSON.init)))
    }

    private func handoffID(_ context: HelplineRequestContext) throws -> UUID {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw Self.noHandoff }
        return id
    }

    private func audit(_ context: HelplineRequestContext, _ action: String, targets: [String], detail: String? = nil) async throws {
        try await store.recordAudit(staff: context.staff ?? "unknown", action: action, targets: targets, detail: detail, at: Date())
    }

    static var noHandoff: APIError { APIError(.notFound, code: "handoff_not_found", message: "There is no such handoff.") }
}
