import Foundation

/// Builds `mailto:` links whose address cannot break out of the URL.
enum MailtoLink {
    /// `mailto:` followed by the address, percent-encoded except for the characters addresses use.
    static func href(_ address: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "@.-_+")
        let encoded = address.trimmingCharacters(in: .whitespaces).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        return "mailto:" + encoded
    }
}
