import Testing
@testable import CasebookKit

/// Markdown cannot make a page run script or load anything from elsewhere, whatever cmark's mode.
@Suite("Markdown link safety")
struct MarkdownSafetyTests {
    @Test("links with unsafe schemes lose their link but keep their text", arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/",
    ])
    func unsafeLinks(url: String) {
        for allowRawHTML in [false, true] {
            let html = MarkdownRenderer.render("See [the text](<\(url)>) here.", allowRawHTML: allowRawHTML).html
            #expect(html == "<p>See the text here.</p>\n", "\(url) with raw HTML \(allowRawHTML): \(html)")
        }
    }

    @Test("links to the web, mail and the site itself are kept", arguments: [
        ("https://example.org/a", "https://example.org/a"), ("mailto:a@example.org", "mailto:a@example.org"),
        ("../b/index.html", "../b/index.html"), ("#annex", "#annex"),
    ])
    func safeLinks(url: String, href: String) {
        #expect(MarkdownRenderer.render("[x](\(url))").html == "<p><a href=\"\(href)\">x</a></p>\n")
    }

    @Test("an image from elsewhere becomes a link to it; an image of the site stays an image")
    func images() {
        #expect(MarkdownRenderer.render("![a map](https://tracker.example/p.png)").html
            == "<p><a href=\"https://tracker.example/p.png\">a map</a></p>\n")
        #expect(MarkdownRenderer.render("![a map](data:image/png;base64,AAAA)").html == "<p>a map</p>\n")
        #expect(MarkdownRenderer.render("![a map](images/map.png)").html == "<p><img src=\"images/map.png\" alt=\"a map\" /></p>\n")
    }

    @Test("raw HTML is dropped unless the site opts in")
    func rawHTML() {
        #expect(!MarkdownRenderer.render("<b onclick=\"x()\">bold</b>").html.contains("onclick"))
        #expect(MarkdownRenderer.render("<b>bold</b>", allowRawHTML: true).html == "<p><b>bold</b></p>\n")
    }
}
