extension String {
    /// The text with each `{name}` that `values` names replaced by its value, in one pass: a value is
    /// never searched for placeholders itself, and braces around other names are kept as written.
    ///
    /// Interface strings are filled in on every page; Foundation's `replacingOccurrences` was 5% of a
    /// build's instructions.
    func filling(_ values: [String: String]) -> String {
        guard utf8.contains(UInt8(ascii: "{")) else { return self }
        var out = ""
        var rest = self[...]
        // Braces are found among the bytes: finding them among characters segments every letter of a
        // Russian text into graphemes, and a title's placeholders are filled at every citation.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")), let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            out += rest[..<open]
            let name = rest.utf8.index(after: open)
            if let value = values[String(rest[name..<close])] {
                out += value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                out += "{"
                rest = rest[name...]
            }
        }
        return out + rest
    }

    /// The text with every `old` character replaced by `new`.
    func replacing(_ old: Character, with new: Character) -> String {
        contains(old) ? String(map { $0 == old ? new : $0 }) : self
    }
}
