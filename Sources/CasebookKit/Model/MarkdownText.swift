/// The Markdown body of a content file, with where it starts in that file.
public struct MarkdownText: Sendable, Hashable {
    /// The Markdown source after the front matter.
    public var source: String
    /// The location of the body's first line.
    public var start: SourceLocation

    /// Pairs Markdown source with its starting location.
    public init(_ source: String, start: SourceLocation) {
        self.source = source
        self.start = start
    }
}
