import Foundation

/// Rules for the URL-safe names that identify content.
public enum Slug {
    /// Whether `text` is lowercase ASCII letters and digits joined by single hyphens.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 120, text.first != "-", text.last != "-", !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

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
