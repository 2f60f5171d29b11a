import CCmark
import Foundation

/// The only place that talks to libcmark: Markdown in, `RenderedMarkdown` out.
public enum MarkdownRenderer {
    /// Renders CommonMark to HTML in cmark's safe mode (raw HTML and `javascript:`-style links dropped).
    public static func render(_ markdown: String) -> RenderedMarkdown {
        let options = CMARK_OPT_VALIDATE_UTF8
        var utf8 = markdown.utf8CString
        let document: OpaquePointer? = utf8.withUnsafeMutableBufferPointer { buffer in
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, options)
        }
        guard let document else { return RenderedMarkdown(html: "", headings: [], plainText: "") }
        defer { cmark_node_free(document) }
        let (headingTexts, plainText) = collectText(document)
        guard let rendered = cmark_render_html(document, options) else {
            return RenderedMarkdown(html: "", headings: [], plainText: plainText)
        }
        defer { free(rendered) }
        let headings = HeadingAnchors.assign(headingTexts)
        let html = HeadingAnchors.insert(headings, into: String(cString: rendered))
        return RenderedMarkdown(html: html, headings: headings, plainText: plainText)
    }

    /// Walks the tree once, gathering each heading's text and the whole text.
    private static func collectText(_ document: OpaquePointer) -> (headings: [(level: Int, text: String)], plain: String) {
        guard let iterator = cmark_iter_new(document) else { return ([], "") }
        defer { cmark_iter_free(iterator) }
        var headings: [(level: Int, text: String)] = []
        var plain = ""
        var headingText: String?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (type, event) {
            case (CMARK_NODE_HEADING, CMARK_EVENT_ENTER): headingText = ""
            case (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                headings.append((Int(cmark_node_get_heading_level(node)), headingText ?? ""))
                headingText = nil
                plain += "\n"
            case (CMARK_NODE_TEXT, _), (CMARK_NODE_CODE, _), (CMARK_NODE_CODE_BLOCK, _):
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                plain += literal
                headingText? += literal
            case (CMARK_NODE_SOFTBREAK, _), (CMARK_NODE_LINEBREAK, _):
                plain += " "
                headingText? += " "
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_ITEM, CMARK_EVENT_EXIT):
                plain += "\n"
            default: break
            }
        }
        return (headings, plain.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
