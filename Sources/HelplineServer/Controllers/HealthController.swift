import Foundation
import HelplineCore
import HelplineStore
import Hummingbird

/// `GET /healthz` (the process is alive) and `GET /readyz` (intents loaded, store writable).
struct HealthController {
    let box: ResponderBox
    let store: any HelplineStore

    /// What the public probe says about a failed reload; the details (file paths, lines) are in
    /// the log, the staff reload route's answer and `helpline check`.
    static let reloadFailed = "intents: last reload failed"

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
                store: storeState, intentsError: snapshot.lastReloadFailed ? Self.reloadFailed : nil)
            return try JSONResponse.make(body, status: storeState == "ok" ? .ok : .serviceUnavailable)
        }
    }
}
