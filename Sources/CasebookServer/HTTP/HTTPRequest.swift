import Foundation

/// A request's line and headers, as a browser sends them.
struct HTTPRequest: Sendable, Hashable {
    /// `GET`, `HEAD`, …
    var method: String
    /// The request target as sent, e.g. `/cases/a%20b/?x=1`.
    var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    var version: String
    /// Header values by lowercased name; repeated headers are joined with commas.
    var headers: [String: String]

    /// The target's path, still percent-encoded, without query or fragment.
    var path: Substring { target.prefix { $0 != "?" && $0 != "#" } }

    /// The target's query with its `?`, or an empty string.
    var query: Substring { target[path.endIndex...].prefix { $0 != "#" } }

    /// Whether the connection stays open after the response: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`.
    var keepsAlive: Bool {
        let options = (headers["connection"] ?? "").lowercased().split(separator: ",").map { $0.trimmingSpaces }
        return version == "HTTP/1.1" ? !options.contains("close") : options.contains("keep-alive")
    }

    /// How many body bytes follow the head; `nil` when the length is malformed or the body is chunked.
    var bodyLength: Int? {
        guard headers["transfer-encoding"] == nil else { return nil }
        guard let length = headers["content-length"] else { return 0 }
        return Int(length.trimmingSpaces).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// Parses the head of a request, everything before the blank line; `nil` when it is malformed.
    init?(head: ArraySlice<UInt8>) {
        guard let text = String(bytes: head, encoding: .utf8) else { return nil }
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)[...]
        let requestLine = lines.popFirst()?.split(separator: " ", omittingEmptySubsequences: false) ?? []
        guard requestLine.count == 3, ["HTTP/1.1", "HTTP/1.0"].contains(requestLine[2]),
              !requestLine[0].isEmpty, requestLine[1].first == "/"
        else { return nil }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":"), line.first != " ", line.first != "\t" else { return nil }
            let name = line[..<colon].lowercased(), value = String(line[line.index(after: colon)...].trimmingSpaces)
            guard !name.isEmpty, !name.contains(" ") else { return nil }
            headers[name] = headers[name].map { "\($0), \(value)" } ?? value
        }
        (method, target, version) = (String(requestLine[0]), String(requestLine[1]), String(requestLine[2]))
        self.headers = headers
    }
}

private extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: SubSequence {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        let first = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map(index(after:)) ?? first
        return self[first..<end]
    }
}
