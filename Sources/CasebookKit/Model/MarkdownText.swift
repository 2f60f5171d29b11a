/// The Markdown body of a content file, with where it starts in that file.
public struct MarkdownText: Sendable, Hashable {
    private var text: String
    /// The location of the body's first line.
    public var start: SourceLocation

    /// The Markdown source after the front matter. Pages read bodies as the Link stage rendered them, so
    /// a read of the source notes its own dependency: a rebuild can compare the rest of a case without it.
    public var source: String {
        get {
            DependencyLog.note(.text(path: start.path))
            return text
        }
        set { text = newValue }
    }

    /// Pairs Markdown source with its starting location.
    public init(_ source: String, start: SourceLocation) {
        self.text = source
        self.start = start
    }

    /// The same location without the source, for comparing what a page can read besides the text.
    var withoutSource: MarkdownText { MarkdownText("", start: start) }
}
