public import Hummingbird
import NIOCore
import Foundation

/// An error answered as JSON `{ "error": { "code", "message" } }` with its HTTP status.
/// Core and store errors are mapped to these only here, in the server target.
public struct APIError: Error, HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// A stable, machine-readable code such as `empty_message`.
    public var code: String
    /// A sentence for the visitor or the developer.
    public var message: String
    /// Extra response headers, such as `Retry-After`.
    public var headers: HTTPFields = [:]
    /// Extra top-level JSON fields, already encoded (reload diagnostics).
    var extra: [String: [String]] = [:]

    public init(_ status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = APIErrorBody(error: .init(code: code, message: message), diagnostics: extra["diagnostics"])
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        let data = try JSONEncoder().encode(body)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func badRequest(_ code: String, _ message: String) -> APIError { APIError(.badRequest, code: code, message: message) }
    static func notFound(_ message: String = "There is no such conversation. Start a new one by leaving out the conversation id.") -> APIError {
        APIError(.notFound, code: "conversation_not_found", message: message)
    }
}

/// The JSON shape of every error.
struct APIErrorBody: Encodable {
    struct Detail: Encodable {
        var code: String
        var message: String
    }

    var error: Detail
    var diagnostics: [String]?
}
