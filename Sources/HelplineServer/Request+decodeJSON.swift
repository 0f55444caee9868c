import Foundation
import Hummingbird
import NIOCore

extension Request {
    /// The body as snake_case JSON: 413 over `limit` bytes, 400 for invalid UTF-8 or malformed JSON.
    func decodeJSON<T: Decodable>(limit: Int) async throws -> T {
        try JSONBody.decode(try await bodyBytes(limit: limit))
    }

    /// The body's bytes: 413 `payload_too_large` over `limit`.
    func bodyBytes(limit: Int) async throws -> [UInt8] {
        do {
            return Array(try await body.collect(upTo: limit).readableBytesView)
        } catch {
            throw APIError(.contentTooLarge, code: "payload_too_large", message: "The request is larger than \(limit / 1024) KiB.")
        }
    }
}

/// Request bodies read from their bytes, apart from the HTTP framework, so the fuzz test can
/// drive exactly what the routes run.
package enum JSONBody {
    /// The bytes as snake_case JSON: 400 `invalid_utf8` or `malformed_json` when they are not.
    package static func decode<T: Decodable>(_ bytes: [UInt8], as type: T.Type = T.self) throws(APIError) -> T {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw APIError.badRequest("invalid_utf8", "The request is not valid UTF-8 text.")
        }
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(T.self, from: Data(bytes))
        } catch {
            throw APIError.badRequest("malformed_json", "The request is not the JSON this endpoint expects. See openapi/helpline-v1.yaml.")
        }
    }
}
