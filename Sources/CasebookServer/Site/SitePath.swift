import Foundation

/// A request path turned into a path inside the site folder, or refused.
///
/// The path is percent-decoded first, then split at `/`, so `%2F` separates too; a `..` segment,
/// encoded or not, a NUL byte or a malformed escape refuses the whole path.
struct SitePath: Sendable, Hashable {
    /// The decoded segments, none of them empty, `.` or `..`.
    var segments: [String]
    /// Whether the request path ended with `/`, as a folder's URL does.
    var endsWithSlash: Bool

    /// Decodes a percent-encoded request path starting with `/`.
    init?(_ path: Substring) {
        guard path.first == "/", let decoded = Self.percentDecoded(path), !decoded.contains("\0") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains("..") else { return nil }
        segments = parts.filter { $0 != "." }.map(String.init)
        endsWithSlash = decoded.hasSuffix("/")
    }

    /// The file or folder this path names under `root`; never outside it.
    func url(in root: URL) -> URL {
        segments.reduce(root) { $0.appendingPathComponent($1) }
    }

    /// `text` with every `%XX` escape replaced by its byte; `nil` for a malformed escape or bytes that
    /// are not UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard input.count >= 2, let high = hexValue(input.removeFirst()), let low = hexValue(input.removeFirst()) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
