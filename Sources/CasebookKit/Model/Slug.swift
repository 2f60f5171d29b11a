import Foundation

/// Rules for the URL-safe names that identify content.
public enum Slug {
    /// Whether `text` is lowercase ASCII letters and digits joined by single hyphens.
    public static func isValid(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 120, bytes.first != hyphen, bytes.last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let allowed = (97...122).contains(byte) || (48...57).contains(byte) || byte == hyphen
            guard allowed, !(byte == hyphen && previous == hyphen) else { return false }
            previous = byte
        }
        return true
    }

    private static let hyphen = UInt8(ascii: "-")

    /// A slug made from free text (for violations and other labels): folded, lowercased, hyphenated.
    public static func make(from text: String) -> String {
        // Folding ASCII only lowercases it; Foundation's folding is the slow part of most calls.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? text.lowercased() : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "item" : String(slug.prefix(120))
    }
}
