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

    /// Adds `id` attributes to the `<hN>` tags, which in safe-mode output come only from headings.
    static func insert(_ headings: [RenderedMarkdown.Heading], into html: String) -> String {
        guard !headings.isEmpty else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + headings.count * 24)
        var rest = html[...]
        for heading in headings {
            let tag = "<h\(heading.level)>"
            guard let range = rest.range(of: tag) else { break }
            output += rest[..<range.lowerBound]
            output += "<h\(heading.level) id=\"\(heading.anchor)\">"
            rest = rest[range.upperBound...]
        }
        output += rest
        return output
    }
}
