/// One piece of a parsed template: text, a tag, or a section with the pieces inside it.
indirect enum TemplateNode: Sendable {
    /// Literal text, copied as it is.
    case text(String)
    /// `{{name}}`, or `{{{name}}}` and `{{& name}}` when not escaped.
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, body: [TemplateNode])
    /// `{{> name}}`, with the spaces before it when it stands alone on its line.
    case partial(String, indentation: String?, at: TemplateSpot)
    /// `{{< name}}…{{/name}}`: the blocks it fills in the parent template.
    case parent(String, indentation: String, blocks: [String: [TemplateNode]], at: TemplateSpot)
    /// `{{$name}}default{{/name}}` where a parent's blocks may take its place.
    case block(String, indentation: String, body: [TemplateNode])
}

/// Where a tag was written: its template and the line and column of its opening delimiter.
struct TemplateSpot: Sendable, Hashable {
    var path: String
    var line: Int
    var column: Int

    var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }
}

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
