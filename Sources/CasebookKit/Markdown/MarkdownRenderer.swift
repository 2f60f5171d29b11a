import CCmark
import Foundation

/// The only place that talks to libcmark: Markdown in, `RenderedMarkdown` out.
public enum MarkdownRenderer {
    /// Renders CommonMark to HTML in cmark's safe mode (raw HTML and `javascript:`-style links dropped).
    ///
    /// `annotate` sees each paragraph's text and returns links to add over it; text inside code, existing
    /// links, images and headings is never linked.
    /// `allowRawHTML` keeps raw HTML that `HTMLSanitizer` allows (a site's explicit opt-in); links are checked either way.
    public static func render(
        _ markdown: String, allowRawHTML: Bool = false, annotate: ((ParagraphText) -> [InlineLink])? = nil
    ) -> RenderedMarkdown {
        let options = CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        return parsed(markdown, allowRawHTML: allowRawHTML) { document, rawHTML, inRawLinks in
            render(document, options: options, rawHTML: rawHTML, inRawLinks: inRawLinks, annotate: annotate)
        } ?? RenderedMarkdown(html: "", headings: [], plainText: "")
    }

    /// Shows `annotate` each paragraph's text as `render` does, and neither links nor renders: for a text
    /// whose citations are wanted now and whose HTML is made later.
    public static func scan(_ markdown: String, allowRawHTML: Bool = false, annotate: (ParagraphText) -> [InlineLink]) {
        _ = parsed(markdown, allowRawHTML: allowRawHTML) { document, _, inRawLinks in
            for paragraph in paragraphs(of: document) { link(paragraph, annotate: annotate, inRawLinks: inRawLinks, inserting: false) }
        }
    }

    /// The `plainText` that `render` gives, without linking or rendering HTML.
    public static func plainText(_ markdown: String, allowRawHTML: Bool = false) -> String {
        parsed(markdown, allowRawHTML: allowRawHTML) { document, _, _ in collectText(document).plain } ?? ""
    }

    /// Parses `markdown`, unsafe targets removed and raw HTML sanitised, and hands the document to `body`;
    /// nil if cmark cannot parse it.
    private static func parsed<T>(
        _ markdown: String, allowRawHTML: Bool, _ body: (OpaquePointer, [String], Set<OpaquePointer>) -> T
    ) -> T? {
        let options = CMARK_OPT_VALIDATE_UTF8 | (allowRawHTML ? CMARK_OPT_UNSAFE : 0)
        var utf8 = markdown.utf8CString
        let document: OpaquePointer? = utf8.withUnsafeMutableBufferPointer { buffer in
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, options | CMARK_OPT_SOURCEPOS)
        }
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        removeUnsafeTargets(document)
        let (rawHTML, inRawLinks) = allowRawHTML ? sanitizeRawHTML(document) : ([], [])
        return body(document, rawHTML, inRawLinks)
    }

    private static func render(
        _ document: OpaquePointer, options: Int32, rawHTML: [String], inRawLinks: Set<OpaquePointer>, annotate: ((ParagraphText) -> [InlineLink])?
    ) -> RenderedMarkdown {
        if let annotate {
            for paragraph in paragraphs(of: document) { link(paragraph, annotate: annotate, inRawLinks: inRawLinks, inserting: true) }
        }
        let (headingTexts, plainText) = collectText(document)
        guard let rendered = cmark_render_html(document, options) else {
            return RenderedMarkdown(html: "", headings: [], plainText: plainText)
        }
        defer { free(rendered) }
        let headings = HeadingAnchors.assign(headingTexts)
        let html = HeadingAnchors.insert(headings, into: bytes(of: rendered))
        return RenderedMarkdown(html: HTMLSanitizer.fill(html, with: rawHTML), headings: headings, plainText: plainText)
    }

    /// Sanitises each raw HTML node and leaves a placeholder in its place, so that heading anchors go to
    /// Markdown headings only; returns the sanitised pieces in document order. Drops the Markdown inside a
    /// dropped element (a script's text) and closes raw elements at the end of the block or span they opened in.
    /// Also returns the text nodes inside a raw `<a>`, which, like a Markdown link's text, get no links.
    private static func sanitizeRawHTML(_ document: OpaquePointer) -> ([String], Set<OpaquePointer>) {
        guard let iterator = cmark_iter_new(document) else { return ([], []) }
        var inRawLinks: Set<OpaquePointer> = []
        var sanitizer = HTMLSanitizer()
        var pieces: [String] = [], dropped: [OpaquePointer] = [], closings: [OpaquePointer] = []
        var insideImage = 0  // an image's content is its alt text, which cmark escapes
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node), entering = event == CMARK_EVENT_ENTER
            switch type {
            case CMARK_NODE_IMAGE:
                if entering, insideImage == 0, sanitizer.isDropping { dropped.append(node) }
                insideImage += entering ? 1 : -1
            case _ where insideImage > 0: break
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                let piece = sanitizer.sanitize(cmark_node_get_literal(node).map { String(cString: $0) } ?? "")
                // cmark ends a block's placeholder with the line break that ended the block's last line.
                pieces.append(type == CMARK_NODE_HTML_BLOCK && piece.hasSuffix("\n") ? String(piece.dropLast()) : piece)
                cmark_node_set_literal(node, HTMLSanitizer.placeholder)
            case CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING,
                CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK:
                if entering { sanitizer.enterBlock(); break }
                let closing = sanitizer.exitBlock()
                if !closing.isEmpty { pieces.append(closing); closings.append(node) }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE_BLOCK,
                CMARK_NODE_THEMATIC_BREAK:
                if sanitizer.isDropping { dropped.append(node) } else if sanitizer.isInsideLink { inRawLinks.insert(node) }
            default: break
            }
        }
        cmark_iter_free(iterator)
        for container in closings {
            let isBlock = [CMARK_NODE_DOCUMENT, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_ITEM].contains(cmark_node_get_type(container))
            guard let node = cmark_node_new(isBlock ? CMARK_NODE_HTML_BLOCK : CMARK_NODE_HTML_INLINE) else { continue }
            cmark_node_set_literal(node, HTMLSanitizer.placeholder)
            if cmark_node_append_child(container, node) == 0 { cmark_node_free(node) }
        }
        for node in dropped {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return (pieces, inRawLinks)
    }

    /// Walks the tree once, gathering each heading's text and the whole text.
    private static func collectText(_ document: OpaquePointer) -> (headings: [(level: Int, text: String)], plain: String) {
        guard let iterator = cmark_iter_new(document) else { return ([], "") }
        defer { cmark_iter_free(iterator) }
        var headings: [(level: Int, text: String)] = []
        var plain: [UInt8] = []
        var headingText: [UInt8]?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (type, event) {
            case (CMARK_NODE_HEADING, CMARK_EVENT_ENTER): headingText = []
            case (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                headings.append((Int(cmark_node_get_heading_level(node)), String(decoding: headingText ?? [], as: UTF8.self)))
                headingText = nil
                plain.append(0x0A)
            case (CMARK_NODE_TEXT, _), (CMARK_NODE_CODE, _), (CMARK_NODE_CODE_BLOCK, _):
                guard let literal = cmark_node_get_literal(node) else { break }
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
                plain += bytes
                headingText? += bytes
            case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _):
                plain.append(0x20)
                headingText?.append(0x20)
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_ITEM, CMARK_EVENT_EXIT):
                plain.append(0x0A)
            default: break
            }
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A }
        let start = plain.firstIndex { !isSpace($0) } ?? plain.endIndex
        let end = plain.lastIndex { !isSpace($0) }.map { $0 + 1 } ?? start
        return (headings, String(decoding: plain[start..<max(start, end)], as: UTF8.self))
    }

    /// Unlinks links whose scheme is not allowed and turns images from elsewhere into links to them.
    private static func removeUnsafeTargets(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        var unsafe: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if type == CMARK_NODE_LINK ? !LinkPolicy.allowsLink(url) : !LinkPolicy.allowsImage(url) { unsafe.append(node) }
        }
        cmark_iter_free(iterator)
        for node in unsafe.reversed() {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if cmark_node_get_type(node) == CMARK_NODE_IMAGE, LinkPolicy.allowsLink(url),
                let link = cmark_node_new(CMARK_NODE_LINK)
            {
                cmark_node_set_url(link, url)
                if cmark_node_insert_before(node, link) == 0 { cmark_node_free(link); continue }
                while let child = cmark_node_first_child(node) { cmark_node_append_child(link, child) }
            } else {
                while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private static func paragraphs(of document: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var paragraphs: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                paragraphs.append(node)
            }
        }
        return paragraphs
    }

    /// A text node of a paragraph and where its bytes lie in the paragraph's text.
    private struct Segment {
        var node: OpaquePointer
        var range: Range<Int>
    }

    /// Asks `annotate` for links over one paragraph and, when `inserting`, splits its text nodes to insert them.
    private static func link(
        _ paragraph: OpaquePointer, annotate: (ParagraphText) -> [InlineLink], inRawLinks: Set<OpaquePointer>, inserting: Bool
    ) {
        var bytes: [UInt8] = []
        var segments: [Segment] = []
        var masked: [Range<Int>] = []
        var hardBreaks: Set<Int> = []
        guard let iterator = cmark_iter_new(paragraph) else { return }
        var insideLink = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: insideLink += event == CMARK_EVENT_ENTER ? 1 : -1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                let literal = cmark_node_get_literal(node).map(bytes(of:)) ?? []
                let range = bytes.count..<bytes.count + literal.count
                if insideLink == 0, cmark_node_get_type(node) == CMARK_NODE_TEXT, !inRawLinks.contains(node) {
                    segments.append(Segment(node: node, range: range))
                } else {
                    masked.append(range)
                }
                bytes += literal
            case CMARK_NODE_SOFTBREAK: bytes.append(0x0A)
            case CMARK_NODE_LINEBREAK:
                hardBreaks.insert(bytes.count)
                bytes.append(0x0A)
            case CMARK_NODE_HTML_INLINE: bytes.append(0x20)  // dropped in safe mode, but it still separates words
            default: break
            }
        }
        cmark_iter_free(iterator)
        let found = annotate(ParagraphText(
            bytes: bytes, line: Int(cmark_node_get_start_line(paragraph)), masked: masked, hardBreaks: hardBreaks))
        guard inserting else { return }
        let links = found.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        var first = 0
        for segment in segments {
            while first < links.count, links[first].range.lowerBound < segment.range.lowerBound { first += 1 }
            var end = first
            while end < links.count, links[end].range.lowerBound < segment.range.upperBound { end += 1 }
            let inside = links[first..<end].filter { $0.range.upperBound <= segment.range.upperBound }
            if !inside.isEmpty { split(segment, with: inside, bytes: bytes) }
            first = end
        }
    }

    /// Replaces a text node with text and link nodes; links that overlap an earlier one are skipped.
    private static func split(_ segment: Segment, with links: [InlineLink], bytes: [UInt8]) {
        var cursor = segment.range.lowerBound
        for link in links where link.range.lowerBound >= cursor && !link.range.isEmpty {
            insert(text: bytes[cursor..<link.range.lowerBound], before: segment.node)
            guard let node = cmark_node_new(CMARK_NODE_LINK) else { continue }
            cmark_node_set_url(node, link.url)
            if let title = link.title { cmark_node_set_title(node, title) }
            if cmark_node_insert_before(segment.node, node) == 0 {
                cmark_node_free(node)
                continue
            }
            insert(text: bytes[link.range], into: node)
            cursor = link.range.upperBound
        }
        insert(text: bytes[cursor..<segment.range.upperBound], before: segment.node)
        cmark_node_unlink(segment.node)
        cmark_node_free(segment.node)
    }

    private static func insert(text: ArraySlice<UInt8>, before sibling: OpaquePointer) {
        guard !text.isEmpty, let node = textNode(text) else { return }
        if cmark_node_insert_before(sibling, node) == 0 { cmark_node_free(node) }
    }

    private static func insert(text: ArraySlice<UInt8>, into parent: OpaquePointer) {
        guard let node = textNode(text) else { return }
        if cmark_node_append_child(parent, node) == 0 { cmark_node_free(node) }
    }

    private static func textNode(_ text: ArraySlice<UInt8>) -> OpaquePointer? {
        guard let node = cmark_node_new(CMARK_NODE_TEXT) else { return nil }
        // Bytes cut from cmark's own text at character boundaries: valid UTF-8, not checked again.
        let terminated = text.map { CChar(bitPattern: $0) } + [0]
        cmark_node_set_literal(node, terminated)
        return node
    }

    /// The bytes of a string cmark made, which is valid UTF-8: not checked again, as a `String` would be,
    /// which for text outside ASCII costs more than reading it.
    private static func bytes(of text: UnsafePointer<CChar>) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: text, count: strlen(text)))
    }
}
