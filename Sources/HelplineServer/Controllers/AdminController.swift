import Hummingbird

/// `POST /api/v1/admin/reload`: validates the intent folder and swaps it in, or reports why not.
/// Until staff accounts exist it answers only clients on this machine.
struct AdminController {
    let reloader: IntentReloader

    func addRoutes(to group: RouterGroup<HelplineRequestContext>) {
        group.post("admin/reload") { _, context in
            guard context.isLoopback else {
                throw APIError(.forbidden, code: "forbidden", message: "Reloading is allowed from the server itself only.")
            }
            switch reloader.reload(reason: "admin request") {
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
