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

    /// A slug made from free text (violations, headings, other labels): folded, lowercased, hyphenated, with
    /// Cyrillic and Greek letters and ligatures written in Latin letters (`тхреатс` → `tkhreats`). Letters
    /// with no Latin spelling here (Arabic, Chinese…) add a hash of the text, so that two labels in such a
    /// script never share a slug, as they all did when those letters were simply dropped.
    public static func make(from text: String) -> String {
        // Folding ASCII only lowercases it; Foundation's folding is the slow part of most calls.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? text.lowercased() : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        var pendingHyphen = false
        var unspelled = false
        for scalar in folded.unicodeScalars {
            let latin = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? String(scalar) : Transliteration.latinLetters(of: scalar.value)
            guard let latin else {
                unspelled = unspelled || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                pendingHyphen = true
                continue
            }
            guard !latin.isEmpty else { continue }
            if pendingHyphen && !slug.isEmpty { slug.append("-") }
            slug += latin
            pendingHyphen = false
        }
        let limit = unspelled ? 111 : 120
        slug = String(slug.prefix(limit))
        while slug.hasSuffix("-") { slug.removeLast() }
        if unspelled { slug += (slug.isEmpty ? "" : "-") + hash(folded) }
        return slug.isEmpty ? "item" : slug
    }

    /// Eight hexadecimal digits of the FNV-1a hash of `text`'s UTF-8: the same on every machine and run.
    private static func hash(_ text: String) -> String {
        let hex = String(text.utf8.fnv1a >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
