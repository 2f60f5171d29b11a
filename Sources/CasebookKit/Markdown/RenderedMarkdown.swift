/// Markdown turned into HTML, with what later stages need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// A heading of the text, with the anchor it was given.
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        /// The `id` attribute written on the heading.
        public var anchor: String
    }

    /// The HTML, safe to insert unescaped: unsafe link targets removed, raw HTML dropped or cut down by `HTMLSanitizer`.
    public var html: String
    /// The headings in document order.
    public var headings: [Heading]
    /// The text without markup, for search and summaries.
    public var plainText: String
}
