/// The Markdown body of a content file, with where it starts in that file.
public struct MarkdownText: Sendable, Hashable {
    private var text: String
    /// The location of the body's first line.
    public var start: SourceLocation
    /// Where the text is read again from, in a build that does not keep it (see `detached(from:reads:)`).
    private var origin: TextOrigin?
    /// Whether a detached text has more than white space, found when it was loaded.
    private var detachedHasText = false

    /// The Markdown source after the front matter. Pages read bodies as the Link stage rendered them, so
    /// a read of the source notes its own dependency: a rebuild can compare the rest of a case without it.
    public var source: String {
        get {
            DependencyLog.note(.text(path: start.path))
            return origin?.read() ?? text
        }
        set { (text, origin) = (newValue, nil) }
    }

    /// Pairs Markdown source with its starting location.
    public init(_ source: String, start: SourceLocation) {
        self.text = source
        self.start = start
    }

    /// The same text, not kept but read again from the file at `path` each time it is needed; a file that
    /// no longer holds it is reported to `reads`.
    func detached(from path: String, reads: TextReads) -> MarkdownText {
        var copy = MarkdownText("", start: start)
        copy.origin = TextOrigin(of: text, extent: .body, path: path, displayPath: start.path, reads: reads)
        copy.detachedHasText = text.hasText
        return copy
    }

    /// Whether the text has more than white space; a detached text is not read again to tell.
    var hasText: Bool { origin == nil ? text.hasText : detachedHasText }

    /// Whether the text is read again each time it is needed rather than kept.
    var isDetached: Bool { origin != nil }

    /// The same location without the source, for comparing what a page can read besides the text.
    var withoutSource: MarkdownText { MarkdownText("", start: start) }
}

extension String {
    /// Whether the string has a character other than white space.
    fileprivate var hasText: Bool { contains { !$0.isWhitespace } }
}
