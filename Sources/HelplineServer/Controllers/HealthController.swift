import Foundation
import HelplineCore
import HelplineStore
import Hummingbird

/// `GET /healthz` (the process is alive) and `GET /readyz` (intents loaded, store writable).
struct HealthController {
    let box: ResponderBox
    let store: any HelplineStore

    func addRoutes(to router: Router<HelplineRequestContext>) {
        router.get("healthz") { _, _ in
            try JSONResponse.make(["status": "ok"])
        }
        router.get("readyz") { _, _ in
            struct Body: Encodable {
                var status: String
                var intents: Int
                var store: String
                var intentsError: String?

                enum CodingKeys: String, CodingKey {
                    case status, intents, store
                    case intentsError = "intents_error"
                }
            }
            let snapshot = box.snapshot
            var storeState = "ok"
            do { try await store.checkWritable() } catch { storeState = "unavailable" }
            let body = Body(
                status: storeState == "ok" ? "ready" : "not-ready", intents: snapshot.responder.knowledge.intents.count,
                store: storeState, intentsError: snapshot.lastReloadError)
            return try JSONResponse.make(body, status: storeState == "ok" ? .ok : .serviceUnavailable)
        }
    }
}
