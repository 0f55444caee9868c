import HTTPTypes
import Hummingbird

/// A path the router knows, asked with a method it does not serve there: 405
/// `method_not_allowed` with `Allow` naming the methods it does serve, instead of the router's
/// 404. A path the router does not know still gets 404.
///
/// Added to the router after the last route, so it wraps only the router's not-found responder
/// and costs nothing on a matched request. The methods come from the router's own route list,
/// not from a table kept by hand; a second router built from that list finds the path, so
/// captures (`{id}`), case and trailing slashes are read exactly as the real router reads them.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Answers GET on every known path by throwing that path's 405; anything else is its 404.
    private let probe: RouterResponder<Context>

    init(routes: [Router<Context>.RouteDescription]) {
        var paths: [String: (path: RouterPath, methods: Set<String>)] = [:]
        for route in routes {
            paths[route.path.description, default: (route.path, [])].methods.insert(route.method.rawValue)
        }
        let probe = Router(context: Context.self)
        for (path, methods) in paths.values {
            let error = Self.error(allowing: methods.sorted())
            probe.get(path) { _, _ -> Response in throw error }
        }
        self.probe = probe.buildResponder()
    }

    /// The answer to a method a path does not serve, as the rest of the API words its errors.
    static func error(allowing methods: [String]) -> APIError {
        var error = APIError(
            .methodNotAllowed, code: "method_not_allowed",
            message: "This address does not answer that method; it answers \(methods.joined(separator: ", ")).")
        error.headers[.allow] = methods.joined(separator: ", ")
        return error
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var head = request.head
        head.method = .get
        let answer = try await probe.respond(to: Request(head: head, body: request.body), context: context)
        guard answer.status == .methodNotAllowed else { return try await next(request, context) }
        return answer
    }
}
