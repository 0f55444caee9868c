import Foundation
import Hummingbird
import NIOCore

extension Request {
    /// The body as snake_case JSON: 413 over `limit` bytes, 400 for invalid UTF-8 or malformed JSON.
    func decodeJSON<T: Decodable>(limit: Int) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: limit)
        } catch {
            throw APIError(.contentTooLarge, code: "payload_too_large", message: "The request is larger than \(limit / 1024) KiB.")
        }
        let bytes = Array(buffer.readableBytesView)
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
