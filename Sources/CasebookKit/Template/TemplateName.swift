/// A name as a tag writes it: `title`, `page.title`, `.`, `.href`, or a function of one, `empty(list)`.
struct TemplateName: Sendable, Hashable {
    /// The name as written inside the tag, function included.
    var written: String
    /// The name without its functions: `list` for `empty(list)`, empty for `last()`.
    var bare: String
    /// The dotted name the function applies to; empty for `.` and for `last()`.
    var path: [String]
    /// Whether the name starts with a dot: looked up in the innermost value only.
    var anchored: Bool
    /// The functions applied, innermost last: `empty(list)` is `["empty"]`.
    var functions: [String]
    var spot: TemplateSpot
}

/// Where a tag was written: its template and the line and column of its opening delimiter.
struct TemplateSpot: Sendable, Hashable {
    var path: String
    var line: Int
    var column: Int

    var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }
}
