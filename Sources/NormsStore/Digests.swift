import Crypto
import Foundation

/// The one place hashes and random tokens are made: audit chain, content hashes, file checksums,
/// invitation and CSRF tokens.
public enum Digests {
    /// The SHA-256 of `data` as 64 lowercase hexadecimal characters.
    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    public static func sha256Hex(_ text: String) -> String { sha256Hex(Data(text.utf8)) }

    /// A URL-safe random token of `byteCount` bytes from the system's secure generator.
    public static func randomToken(byteCount: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<byteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
