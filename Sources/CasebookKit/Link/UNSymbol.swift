import Foundation

/// UN document symbols: recognising them, comparing them as the UN does, and linking to the UN's resolver.
public enum UNSymbol {
    /// First components that UN human rights documents' symbols start with.
    static let series: Set<String> = [
        "A", "E", "S", "ST", "CCPR", "CEDAW", "CERD", "CAT", "CRC", "CMW", "CRPD", "CED", "HRI", "E/CN.4", "E/C.12",
    ]

    /// Whether `text` is shaped like a symbol: a known series, then at least one more component.
    public static func isWellFormed(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, series.contains(String(parts[0])), parts.allSatisfy({ !$0.isEmpty }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            part.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || ".()-".unicodeScalars.contains($0) }
        }
    }

    /// A form in which two spellings of one symbol are equal: upper case, `Rev/9` as `Rev.9`, `Vol. 1` as `VOL.I`.
    ///
    /// Each rewrite runs only when its text is there: this runs for every symbol cited in every text.
    public static func normalize(_ symbol: String) -> String {
        var text = symbol.uppercased()
        if text.utf8.contains(0x20) { text = text.replacingOccurrences(of: " ", with: "") }
        for marker in ["/REV/", "/ADD/", "/CORR/"] where ByteSearch.contains(marker, in: text) {
            text = text.replacingOccurrences(of: marker, with: marker.dropLast() + ".")
        }
        if ByteSearch.contains("(VOL.", in: text) {
            for (arabic, roman) in [("1", "I"), ("2", "II"), ("3", "III"), ("4", "IV"), ("5", "V")] {
                text = text.replacingOccurrences(of: "(VOL.\(arabic))", with: "(VOL.\(roman))")
            }
        }
        return text.hasSuffix(".") ? String(text.dropLast()) : text
    }

    /// The UN's official document resolver for a symbol.
    public static func resolverURL(_ symbol: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "/.-()")
        return "https://undocs.org/" + (symbol.addingPercentEncoding(withAllowedCharacters: allowed) ?? symbol)
    }
}
