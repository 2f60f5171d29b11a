import Testing
@testable import CasebookKit

@Suite("Markdown")
struct MarkdownTests {
    @Test("paragraphs, emphasis and lists become HTML")
    func basicBlocks() {
        let rendered = MarkdownRenderer.render("First *paragraph*.\n\nSecond with **strong**.\n\n- one\n- two\n\n1. first\n2. second\n")
        #expect(rendered.html == """
            <p>First <em>paragraph</em>.</p>
            <p>Second with <strong>strong</strong>.</p>
            <ul>
            <li>one</li>
            <li>two</li>
            </ul>
            <ol>
            <li>first</li>
            <li>second</li>
            </ol>

            """)
        #expect(rendered.headings.isEmpty)
    }

    @Test("headings get anchors as id attributes")
    func headings() {
        let rendered = MarkdownRenderer.render("# Main title\n\n## The facts, in brief\n\nText.\n")
        #expect(rendered.html == "<h1 id=\"main-title\">Main title</h1>\n<h2 id=\"the-facts-in-brief\">The facts, in brief</h2>\n<p>Text.</p>\n")
        #expect(rendered.headings == [
            RenderedMarkdown.Heading(level: 1, text: "Main title", anchor: "main-title"),
            RenderedMarkdown.Heading(level: 2, text: "The facts, in brief", anchor: "the-facts-in-brief"),
        ])
    }

    @Test("repeated headings get unique anchors")
    func uniqueAnchors() {
        let rendered = MarkdownRenderer.render("## Intro\n\ntext\n\n### Intro\n\nmore\n\n## intro\n")
        #expect(rendered.headings.map(\.anchor) == ["intro", "intro-2", "intro-3"])
        #expect(rendered.html.contains("<h2 id=\"intro\">Intro</h2>"))
        #expect(rendered.html.contains("<h3 id=\"intro-2\">Intro</h3>"))
        #expect(rendered.html.contains("<h2 id=\"intro-3\">intro</h2>"))
    }

    @Test("anchors fold accents and drop markup and punctuation")
    func anchorText() {
        let rendered = MarkdownRenderer.render("## Réponse du *Gouvernement* (`2021`)\n\n## !!!\n")
        #expect(rendered.headings.map(\.text) == ["Réponse du Gouvernement (2021)", "!!!"])
        #expect(rendered.headings.map(\.anchor) == ["reponse-du-gouvernement-2021", "item"])
        #expect(rendered.html.contains("<h2 id=\"reponse-du-gouvernement-2021\">"))
    }

    @Test("raw HTML is not passed through", arguments: [
        "<script>alert(1)</script>\n",
        "Text <script>alert(1)</script> inline.\n",
        "<div onclick=\"alert(1)\">x</div>\n",
        "An image <img src=x onerror=alert(1)> here.\n",
        "<iframe src=\"https://evil.example\"></iframe>\n",
    ])
    func rawHTMLDropped(markdown: String) {
        let html = MarkdownRenderer.render(markdown).html
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<div"))
        #expect(!html.contains("<iframe"))
        #expect(!html.contains("onerror="))
        #expect(!html.contains("onclick="))
    }

    @Test("HTML written as text is escaped")
    func textIsEscaped() {
        let html = MarkdownRenderer.render("Use `<script>` and 1 < 2 & \"quotes\".\n").html
        #expect(html == "<p>Use <code>&lt;script&gt;</code> and 1 &lt; 2 &amp; &quot;quotes&quot;.</p>\n")
    }

    @Test("dangerous link schemes are dropped", arguments: [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](vbscript:msgbox)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<javascript:alert(1)>",
        "![x](javascript:alert(1))",
    ])
    func unsafeLinks(markdown: String) {
        // The text of the link may still read "javascript:…"; what matters is that no URL attribute holds it.
        let html = MarkdownRenderer.render(markdown + "\n").html.lowercased()
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("src=\"javascript:"))
        #expect(!html.contains("href=\"vbscript:"))
        #expect(!html.contains("href=\"data:"))
        #expect(!html.contains("<a ") && !html.contains("<img"), "an unsafe target loses its link entirely")
    }

    @Test("ordinary links are kept")
    func safeLinks() {
        let html = MarkdownRenderer.render("[OHCHR](https://www.ohchr.org/) and <mailto:a@example.org>\n").html
        #expect(html.contains("<a href=\"https://www.ohchr.org/\">OHCHR</a>"))
        #expect(html.contains("<a href=\"mailto:a@example.org\">"))
    }

    @Test("plain text keeps the words and drops the markup")
    func plainText() {
        let rendered = MarkdownRenderer.render("Some *emphasis*, a [link](https://x.org) and `code`.\n\n- item one\n- item two\n")
        #expect(rendered.plainText.split(whereSeparator: \.isNewline) == ["Some emphasis, a link and code.", "item one", "item two"])
        #expect(!rendered.plainText.contains("<"))
        #expect(!rendered.plainText.contains("*"))
    }

    @Test("plain text has no tags and joins soft breaks with spaces")
    func plainTextNoTags() {
        let rendered = MarkdownRenderer.render("Line one\nline two <b>bold</b>.\n")
        #expect(rendered.plainText == "Line one line two bold.")
    }

    @Test("plain text keeps a heading apart from the text that follows it")
    func plainTextHeadingSeparated() {
        let rendered = MarkdownRenderer.render("# Intro\n\nBody text.\n")
        #expect(rendered.plainText.contains("Intro"))
        #expect(rendered.plainText.contains("Body text."))
        #expect(rendered.plainText == "Intro\nBody text.")
    }

    @Test("empty input gives empty output")
    func empty() {
        let rendered = MarkdownRenderer.render("")
        #expect(rendered.html == "")
        #expect(rendered.plainText == "")
        #expect(rendered.headings.isEmpty)
    }
}
