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
