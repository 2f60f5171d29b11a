import Foundation

/// Builds `mailto:` links (RFC 6068) whose addresses, subject and body cannot break out of their part.
enum MailtoLink {
    /// `mailto:` to every address (each percent-encoded except for the characters addresses use), with an
    /// optional subject and body.
    static func href(_ addresses: [String], subject: String? = nil, body: String? = nil) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "@.-_+")
        let to = addresses.map { $0.trimmingCharacters(in: .whitespaces).addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        let fields = [("subject", subject), ("body", body)].compactMap { name, value in value.map { name + "=" + ShareLinks.encode($0) } }
        return "mailto:" + to.joined(separator: ",") + (fields.isEmpty ? "" : "?" + fields.joined(separator: "&"))
    }
}
