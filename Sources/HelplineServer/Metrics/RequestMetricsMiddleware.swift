import HTTPTypes
import Hummingbird

/// Counts and times every request by route pattern, method and status.
///
/// Hummingbird's own `MetricsMiddleware` records into the process-wide `MetricsSystem`; this
/// one records into the application's ``HelplineMetrics``, so each app (and each test) has its
/// own registry. It goes first, outside the middleware that turns errors into responses, so
/// it sees the status the visitor got.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: HelplineMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let method = Self.label(request.method)
        do {
            let response = try await next(request, context)
            metrics.request(route: route(context), method: method, status: response.status.code, duration: .now - start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.request(route: route(context), method: method, status: status, duration: .now - start)
            throw error
        }
    }

    /// The matched route's pattern (`/api/v1/conversations/{id}/callback`), never the path itself,
    /// which could hold ids or anything a client typed.
    private func route(_ context: Context) -> String {
        // The router names a miss "NotFound" (or nothing), the file middleware its own name.
        switch context.endpointPath {
        case nil, "NotFound": "unmatched"
        case "FileMiddleware": "static"
        case let path?: path
        }
    }

    /// The standard methods are kept as labels; any other is counted as `other`, so a client
    /// cannot add labels. (A switch: a generic type cannot hold a static set, and building one
    /// per request would cost an allocation on every request.)
    static func label(_ method: HTTPRequest.Method) -> String {
        switch method {
        case .get, .head, .post, .put, .patch, .delete, .options: method.rawValue
        default: "other"
        }
    }
}
