/// A paragraph's text as an annotator sees it: line breaks as `\n`, code spans included but never linked.
public struct ParagraphText: Sendable {
    /// UTF-8 bytes of the paragraph's text.
    public var bytes: [UInt8]
    /// The paragraph's first line, counted from the first line of the Markdown (1).
    public var line: Int
    /// Byte ranges of code spans and of existing links' text: not to be read as citations.
    public var masked: [Range<Int>]
    /// Offsets of the line breaks the writer forced (a line ending in two spaces or a backslash), which end a sentence.
    public var hardBreaks: Set<Int> = []

    /// The bytes with masked ranges replaced by an equal number of `0x1A` bytes, so offsets stay valid.
    public var maskedText: [UInt8] {
        var copy = bytes
        for range in masked { copy.replaceSubrange(range, with: repeatElement(0x1A, count: range.count)) }
        return copy
    }
}

/// A link an annotator asks for over some bytes of a paragraph's text.
public struct InlineLink: Sendable, Hashable {
    public var range: Range<Int>
    public var url: String
    public var title: String?

    /// A link over `range` to `url`.
    public init(range: Range<Int>, url: String, title: String? = nil) {
        self.range = range
        self.url = url
        self.title = title
    }
}
