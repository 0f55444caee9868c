import Crypto
import Foundation

/// Staff names and tokens, the same for every backend: a store keeps only a token's hash.
enum StaffCredentials {
    /// What every staff token starts with, so a leaked one is recognisable (by people and by
    /// secret scanners).
    static let tokenPrefix = "hl_"

    /// 1–64 ASCII letters, digits, `.`, `_` or `-`. ASCII only, so two names that look alike
    /// are alike (no Cyrillic "а" passing for a Latin "a" in the audit log).
    static func isValidName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (1...64).contains(scalars.count)
            && scalars.allSatisfy { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
                default: false
                }
            }
    }

    /// `hl_` and 32 random bytes as lower-case hex.
    static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return tokenPrefix + hex(bytes)
    }

    /// Lower-case hex SHA-256 of the token's UTF-8 bytes, as the `staff.tokenHash` column holds it.
    static func hash(_ token: String) -> String {
        hex(SHA256.hash(data: Data(token.utf8)))
    }

    /// Lower-case hex digits, two a byte.
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
