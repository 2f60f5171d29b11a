import Foundation

/// Plain links that share a page by email or on social networks: no third-party script, and no request
/// to anyone until the reader follows one.
enum ShareLinks {
    /// Share links for the page at the absolute `url`.
    static func links(url: String, title: String, strings: InterfaceStrings) -> [LinkView] {
        let link = encode(url), text = encode(title)
        return [
            LinkView(href: "mailto:?subject=\(text)&body=\(encode(title + "\n" + url))", text: strings["share_email"]),
            LinkView(href: "https://wa.me/?text=\(encode(title + " " + url))", text: "WhatsApp"),
            LinkView(href: "https://t.me/share/url?url=\(link)&text=\(text)", text: "Telegram"),
            LinkView(href: "https://bsky.app/intent/compose?text=\(encode(title + " " + url))", text: "Bluesky"),
            LinkView(href: "https://x.com/intent/post?url=\(link)&text=\(text)", text: "X"),
            LinkView(href: "https://www.facebook.com/sharer/sharer.php?u=\(link)", text: "Facebook"),
            LinkView(href: "https://www.linkedin.com/sharing/share-offsite/?url=\(link)", text: "LinkedIn"),
        ]
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986), so a value cannot end its parameter.
    static func encode(_ text: String) -> String {
        var unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        unreserved.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}
