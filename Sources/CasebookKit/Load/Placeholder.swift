/// The `TODO:` placeholders `casebook new` writes for every required value: a file that still holds one
/// is reported at each and not read further, so its placeholders are not also reported as bad values.
enum Placeholder {
    /// What starts a placeholder.
    static let marker = "TODO:"

    /// An error at each line whose value, list item or text starts with the marker.
    static func diagnostics(in source: SourceFile) -> [Diagnostic] {
        // Nearly every file has none: one byte search, before reading it line by line.
        guard ByteSearch.contains(marker, in: source.text) else { return [] }
        var diagnostics: [Diagnostic] = []
        var lineNumber = 0
        for line in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard let start = valueStart(of: line), line[start...].hasPrefix(marker) else { continue }
            let text = line[start...].prefix { $0 != "\"" && $0 != "\r" }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: start) + 1
            diagnostics.append(.error(.placeholderLeft(String(text)), at: SourceLocation(path: source.path, line: lineNumber, column: column)))
        }
        return diagnostics
    }

    /// Where a line's value starts: after its indentation, a list dash, a `key:` and an opening quote.
    private static func valueStart(of line: Substring) -> Substring.Index? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        guard !rest.hasPrefix("#") else { return nil }
        if rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard !rest.hasPrefix(marker) else { return rest.startIndex }
        if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }), !rest[..<colon].isEmpty {
            let after = rest[rest.index(after: colon)...]
            if after.isEmpty || after.first == " " { rest = after.drop { $0 == " " } }
        }
        if rest.first == "\"" || rest.first == "'" { rest = rest.dropFirst() }
        return rest.startIndex
    }
}
