/// Plain links that share a page by email or on social networks: no third-party script, and no request
/// to anyone until the reader follows one.
enum ShareLinks {
    /// Share links for the page at the absolute `url`.
    static func links(url: String, title: String, strings: InterfaceStrings) -> [LinkView] {
        let link = encode(url), text = encode(title)
        return [
            LinkView(href: "mailto:?subject=\(text)&body=\(text)%0A\(link)", text: strings["share_email"]),
            LinkView(href: "https://wa.me/?text=\(text)%20\(link)", text: "WhatsApp"),
            LinkView(href: "https://t.me/share/url?url=\(link)&text=\(text)", text: "Telegram"),
            LinkView(href: "https://bsky.app/intent/compose?text=\(text)%20\(link)", text: "Bluesky"),
            LinkView(href: "https://x.com/intent/post?url=\(link)&text=\(text)", text: "X"),
            LinkView(href: "https://www.facebook.com/sharer/sharer.php?u=\(link)", text: "Facebook"),
            LinkView(href: "https://www.linkedin.com/sharing/share-offsite/?url=\(link)", text: "LinkedIn"),
        ]
    }

    /// Percent-encodes everything but unreserved characters (RFC 3986), so a value cannot end its parameter.
    static func encode(_ text: String) -> String {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                encoded.append(byte)
            } else {
                encoded += [0x25, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E: true
        default: false
        }
    }
}
