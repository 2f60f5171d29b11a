/// Gives headings stable, unique anchors and writes them into cmark's HTML.
enum HeadingAnchors {
    /// Anchors from heading texts: slugs made unique with `-2`, `-3`… in document order.
    static func assign(_ headings: [(level: Int, text: String)]) -> [RenderedMarkdown.Heading] {
        var used: [String: Int] = [:]
        return headings.map { heading in
            let base = Slug.make(from: heading.text)
            let count = used[base, default: 0] + 1
            used[base] = count
            let anchor = count == 1 ? base : "\(base)-\(count)"
            return RenderedMarkdown.Heading(level: heading.level, text: heading.text, anchor: anchor)
        }
    }

    /// The HTML `bytes` as text, with `id` attributes added to the `<hN>` tags, which come only from
    /// Markdown headings: raw HTML is still a placeholder then (see `HTMLSanitizer.placeholder`).
    static func insert(_ headings: [RenderedMarkdown.Heading], into bytes: [UInt8]) -> String {
        guard !headings.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 24)
        var cursor = 0
        for heading in headings {
            let tag = Array("<h\(heading.level)>".utf8)
            guard let offset = ByteSearch.firstOffset(of: tag, in: bytes[...], from: cursor) else { break }
            output += bytes[cursor..<offset]
            output += "<h\(heading.level) id=\"\(heading.anchor)\">".utf8
            cursor = offset + tag.count
        }
        output += bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }
}
