import Hummingbird

import Foundation
import HelplineStore

/// `POST /api/v1/admin/reload` (staff only): validates the intent folder and swaps it in, or
/// reports why not.
struct AdminController {
    let reloader: IntentReloader
    let store: any HelplineStore

    func addRoutes(to group: RouterGroup<HelplineRequestContext>) {
        group.post("admin/reload") { _, context in
            let outcome = reloader.reload(reason: "admin request by \(context.staff ?? "unknown")")
            try await store.recordAudit(staff: context.staff ?? "unknown", action: "intents.reload", targets: [], detail: nil, at: Date())
            switch outcome {
            case .reloaded(let count):
                struct Body: Encodable { var reloaded: Bool; var intents: Int }
                return try JSONResponse.make(Body(reloaded: true, intents: count))
            case .failed(let diagnostics):
                var error = APIError(.unprocessableContent, code: "invalid_intents",
                                     message: "The intent files have errors; the last good set keeps serving.")
                error.extra["diagnostics"] = diagnostics
                throw error
            }
        }
    }
}
