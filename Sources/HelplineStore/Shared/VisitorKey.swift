import Crypto
import Foundation

/// The secret that lets a visitor's own browser read its conversation back (a reload of the chat
/// page), the same for every backend. It is minted with the conversation, given to the visitor
/// once (the reply to the first message), and only its SHA-256 is stored: a conversation id alone,
/// which the visitor's later messages and the call-back route carry, never opens a transcript.
enum VisitorKey {
    /// What every visitor key starts with, so a leaked one is recognisable.
    static let prefix = "hv_"

    /// `hv_` and 32 random bytes as lower-case hex.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in bytes.indices { bytes[index] = UInt8.random(in: .min ... .max, using: &generator) }
        return prefix + hex(bytes)
    }

    /// Lower-case hex SHA-256 of the key's UTF-8 bytes, as the conversation row holds it.
    static func hash(_ key: String) -> String {
        hex(SHA256.hash(data: Data(key.utf8)))
    }

    /// Whether `key` hashes to `storedHash`, compared in time that does not depend on where the
    /// two first differ. A conversation without a stored hash (made before keys existed) matches
    /// nothing.
    static func matches(_ key: String, storedHash: String?) -> Bool {
        guard let storedHash else { return false }
        let given = Array(hash(key).utf8)
        let stored = Array(storedHash.utf8)
        guard given.count == stored.count else { return false }
        var difference: UInt8 = 0
        for index in given.indices { difference |= given[index] ^ stored[index] }
        return difference == 0
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
