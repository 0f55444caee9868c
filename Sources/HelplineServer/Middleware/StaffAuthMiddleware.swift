import Foundation
import HelplineStore
import Hummingbird

/// Staff routes need `Authorization: Bearer <token>` of a staff member who is not revoked.
/// The check comes before anything is looked up, so without a token no route tells whether a
/// conversation or handoff exists.
struct StaffAuthMiddleware: RouterMiddleware {
    let store: any HelplineStore

    func handle(
        _ request: Request, context: HelplineRequestContext,
        next: (Request, HelplineRequestContext) async throws -> Response
    ) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else {
            throw Self.unauthorized
        }
        let token = String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, let member = try await store.authenticate(token: token) else {
            throw Self.unauthorized
        }
        var context = context
        context.staff = member.name
        return try await next(request, context)
    }

    static var unauthorized: APIError {
        var error = APIError(.unauthorized, code: "unauthorized", message: "A valid staff token is required.")
        error.headers[.wwwAuthenticate] = "Bearer"
        return error
    }
}
