import Testing
@testable import CasebookKit

@Suite("Citation linking in Markdown")
struct CitationMarkdownLinkingTests {
    static let iccpr19 = "<a href=\"../../instruments/iccpr/index.html#article-19\" "
        + "title=\"International Covenant on Civil and Political Rights, article 19\">19</a>"
    static let iccpr = "<a href=\"../../instruments/iccpr/index.html\" title=\"International Covenant on Civil and Political Rights\">ICCPR</a>"

    /// Links a case page's body that starts at line 10 of `case.md`.
    static func link(_ source: String, catalog: InstrumentCatalog = ScannerCatalog.catalog) -> BodyLinker.Linked {
        BodyLinker(catalog: catalog).link(MarkdownText(source, start: SourceLocation(path: "case.md", line: 10)), on: .caseFile("x"))
    }

    @Test("a citation becomes relative links to the instrument page and its article")
    func plainParagraph() {
        let linked = Self.link("The author invokes article 19 of the ICCPR.\n")
        #expect(linked.rendered.html == "<p>The author invokes article \(Self.iccpr19) of the \(Self.iccpr).</p>\n")
        #expect(linked.citations.map(\.text) == ["article 19 of the ICCPR"])
        #expect(linked.citations.first?.target == .instrument("iccpr"))
        #expect(linked.citations.first?.article == "19")
        // A citation is located at its own link: the article's number.
        #expect(linked.citations.first?.location == SourceLocation(path: "case.md", line: 10, column: 28))
        #expect(linked.warnings.isEmpty)
    }

    @Test("an article the instrument page does not list links to the page without a fragment")
    func unlistedArticle() {
        let linked = Self.link("article 99 of the ICCPR\n")
        #expect(linked.rendered.html.contains("<a href=\"../../instruments/iccpr/index.html\" title=\"International Covenant on Civil and Political Rights, article 99\">99</a>"))
        #expect(linked.citations.map(\.article) == ["99"])
    }

    @Test("code, existing links and headings are neither linked nor recorded", arguments: [
        "Quoted: `article 19 of the ICCPR`.\n",
        "```\narticle 19 of the ICCPR\n```\n",
        "    article 19 of the ICCPR\n",
        "See [article 19 of the ICCPR](https://example.org).\n",
        "## Article 19 of the ICCPR\n",
        "Article 19 of the ICCPR\n=====\n",
        "![article 19 of the ICCPR](image.png)\n",
    ])
    func notLinked(source: String) {
        let linked = Self.link(source)
        #expect(linked.citations.isEmpty)
        #expect(!linked.rendered.html.contains("instruments/"))
    }

    @Test("an existing link keeps its own target")
    func existingLink() {
        let linked = Self.link("See [article 19 of the ICCPR](https://example.org) and the ICESCR.\n")
        #expect(linked.rendered.html.contains("<a href=\"https://example.org\">article 19 of the ICCPR</a>"))
        #expect(linked.citations.map(\.target) == [.instrument("icescr")])
    }

    @Test("the annotator sees paragraphs only, code spans and link text masked")
    func annotatorInput() {
        var seen: [ParagraphText] = []
        let html = MarkdownRenderer.render("## Title\n\n```\ncode\n```\n\nText `code` and [link](u)\nend.\n") { paragraph in
            seen.append(paragraph)
            return [InlineLink(range: 0..<4, url: "https://example.org/t", title: "T"), InlineLink(range: 8..<12, url: "v")]
        }.html
        #expect(seen.count == 1)
        #expect(String(decoding: seen[0].bytes, as: UTF8.self) == "Text code and link\nend.")
        #expect(seen[0].line == 7)
        #expect(seen[0].masked == [5..<9, 14..<18])
        #expect(String(decoding: seen[0].maskedText, as: UTF8.self).hasPrefix("Text \u{1A}\u{1A}\u{1A}\u{1A} and"))
        // The link over plain text is made; the one over the code span is not.
        #expect(html.contains("<p><a href=\"https://example.org/t\" title=\"T\">Text</a> <code>code</code>"))
        #expect(!html.contains("href=\"v\""))
    }

    @Test("citations inside strong or emphasis are linked")
    func emphasis() {
        let linked = Self.link("He cites **article 19 of the ICCPR** and *the ICESCR*.\n")
        #expect(linked.rendered.html.contains("<strong>article \(Self.iccpr19) of the \(Self.iccpr)</strong>"))
        #expect(linked.rendered.html.contains("<em>the <a href=\"../../instruments/icescr/index.html\""))
        #expect(linked.citations.map(\.target) == [.instrument("iccpr"), .instrument("icescr")])
    }

    @Test("UN documents the library lacks link to the UN's resolver")
    func externalLinks() {
        let html = Self.link("See A/HRC/23/50, para 9, and General Assembly resolution 68/181.\n").rendered.html
        #expect(html.contains("<a href=\"https://undocs.org/A/HRC/23/50\">A/HRC/23/50, para 9</a>"))
        #expect(html.contains("resolution <a href=\"https://undocs.org/A/RES/68/181\">68/181</a>."))
        let own = Self.link("Council resolution 43/16 of the Human Rights Council\n").rendered.html
        #expect(own.contains("<a href=\"../../instruments/hrc-res-43-16/index.html\""))
    }

    @Test("a citation's location is its link's file line and column, after soft line breaks")
    func locations() {
        let source = "Intro paragraph.\n\nThe author recalls that\nthe State is bound,\n  as guaranteed by article 19 of the ICCPR.\n"
        let linked = Self.link(source)
        #expect(linked.citations.map(\.location) == [SourceLocation(path: "case.md", line: 14, column: 28)])
        let listed = Self.link("Facts.\n\n- first item\n- under article 7 of the ICCPR\n")
        #expect(listed.citations.map(\.location) == [SourceLocation(path: "case.md", line: 13, column: 17)])
        let quoted = Self.link("> The State,\n> under articles 19 and 21 of the ICCPR.\n")
        #expect(quoted.citations.map(\.location) == [
            SourceLocation(path: "case.md", line: 11, column: 18), SourceLocation(path: "case.md", line: 11, column: 25),
        ])
    }

    @Test("a citation wrapped over two lines of the source is still a citation", arguments: [
        ("The author invokes article 19 of the\nICCPR.\n", ["iccpr 19"]),
        ("The author invokes articles 19\nand 21 of the ICCPR.\n", ["iccpr 19", "iccpr 21"]),
        ("The author invokes article 19 of the International Covenant on Civil\nand Political Rights.\n", ["iccpr 19"]),
        ("The author cites Human Rights Council\nresolution 43/16.\n", ["hrc-res-43-16"]),
    ])
    func wrappedCitation(source: String, expected: [String]) {
        let cited = Self.link(source).citations.map { citation in
            let target = switch citation.target {
            case .instrument(let slug): slug
            case .external(let symbol): "undocs:\(symbol)"
            }
            return target + (citation.article.map { " \($0)" } ?? "")
        }
        #expect(cited == expected)
    }

    @Test("an unknown instrument is a warning at its name")
    func unknownWarning() {
        let linked = Self.link("Intro.\n\nThe author cites article 3 of the Convention on Imaginary Things.\n")
        #expect(linked.warnings == [
            .warning(
                .unknownInstrument(MissingInstrument(.name("Convention on Imaginary Things")), article: "3", paragraph: nil),
                at: SourceLocation(path: "case.md", line: 12, column: 26)),
        ])
    }

    @Test("a second mention on the same line is located at its own column")
    func secondMentionOnLine() {
        let linked = Self.link("The ICCPR applies. The State ignored the ICCPR.\n")
        #expect(linked.citations.map(\.location.column) == [5, 42])
    }

    @Test("the column counts Markdown markup before the citation")
    func columnAfterMarkup() {
        #expect(Self.link("**article 19** of the ICCPR\n").citations.map(\.location.column) == [11])
        #expect(Self.link("*See* A/HRC/23/50, para 9.\n").citations.map(\.location.column) == [7])
        #expect(Self.link("The `ICCPR` and the ICCPR.\n").citations.map(\.location.column) == [21])
    }

    @Test("the recorded sentence is the one around the citation, not cut at abbreviations")
    func sentences() {
        let linked = Self.link("""
            The State replied. It cites general comment No. 35 of the Human Rights Committee on liberty. Later
            it cited A/HRC/23/50, para. 9, on defenders. Mr. Smith
            recalled article 19 of the ICCPR! Then nothing.

            """)
        #expect(linked.citations.map(\.sentence) == [
            "It cites general comment No. 35 of the Human Rights Committee on liberty.",
            "Later it cited A/HRC/23/50, para. 9, on defenders.",
            "Mr. Smith recalled article 19 of the ICCPR!",
        ])
    }

    @Test("an instrument mentioned twice in one sentence is recorded once, and linked twice")
    func duplicates() {
        let linked = Self.link("The ICCPR binds the State and the ICCPR prevails. The ICCPR is clear.\n")
        #expect(linked.citations.map(\.sentence) == [
            "The ICCPR binds the State and the ICCPR prevails.", "The ICCPR is clear.",
        ])
        #expect(linked.rendered.html.components(separatedBy: Self.iccpr).count == 4)
        let articles = Self.link("articles 19 and 21 of the ICCPR, and again article 19 of the ICCPR.\n")
        #expect(articles.citations.map(\.article) == ["19", "21"])
    }

    @Test("no raw HTML gets through next to a citation")
    func rawHTML() {
        let spaced = Self.link("The author cites article 19 of the ICCPR <script>alert(1)</script> today.\n").rendered.html
        #expect(!spaced.contains("<script"))
        #expect(spaced.contains(Self.iccpr))
        let block = Self.link("<script>alert(1)</script>\n\nThe ICCPR <img src=x onerror=alert(1)> applies.\n").rendered.html
        #expect(!block.contains("<script") && !block.contains("<img") && block.contains(Self.iccpr))
        let evil = InstrumentCatalog([ScannerCatalog.instrument("evil", "Evil \"Convention\" <script>x</script>", kind: .treaty,
                                                                shortNames: ["EVIL"])])
        let escaped = Self.link("the EVIL\n", catalog: evil).rendered.html
        #expect(!escaped.contains("<script"))
        #expect(escaped.contains("title=\"Evil &quot;Convention&quot; &lt;script&gt;x&lt;/script&gt;\""))
    }

    @Test("with raw HTML on, text inside a raw link is neither linked nor recorded, as in a Markdown link")
    func rawLink() {
        let body = MarkdownText("<a href=\"https://example.org\">article 19 of the ICCPR</a>, and article 21 of the ICCPR.\n",
                                start: SourceLocation(path: "case.md", line: 10))
        let linked = BodyLinker(catalog: ScannerCatalog.catalog, allowRawHTML: true).link(body, on: .caseFile("x"))
        #expect(linked.rendered.html.hasPrefix("<p><a href=\"https://example.org\">article 19 of the ICCPR</a>, and article <a href="))
        #expect(linked.citations.map(\.article) == ["21"])
    }

    @Test("a citation directly before raw HTML is still linked")
    func citationTouchingRawHTML() {
        let linked = Self.link("The author cites article 19 of the ICCPR<script>alert(1)</script> today.\n")
        #expect(!linked.rendered.html.contains("<script"))
        #expect(linked.citations.map(\.text) == ["article 19 of the ICCPR"])
    }
}
