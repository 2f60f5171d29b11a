import Foundation
import Testing
@testable import CasebookKit

/// With `raw_html: true`, raw HTML keeps only harmless elements and attributes, written back well-formed.
@Suite("Raw HTML sanitiser")
struct RawHTMLSanitizerTests {
    static func render(_ markdown: String) -> String { MarkdownRenderer.render(markdown, allowRawHTML: true).html }

    /// Classic cross-site scripting forms, each alone in a body, as a block and inline.
    static let payloads = [
        "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", "<script", "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "<IMG SRC=\"javascript:alert('XSS');\">", "<img src=`javascript:alert(1)`>",
        "<img src=x:alert(1) onerror=eval(src)>", "<img\u{0}src=x onerror=alert(1)>", "<img src=\"x\"onerror=\"alert(1)\">",
        "<img srcset=\"x.png 1x\" src=a.png>", "<img src=\"//evil.example/p.png\">", "<img src=\" /\\evil.example/p.png\">",
        "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"javascript&colon;alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097vascript:alert(1)\">x</a>", "<a href=\" JaVaScRiPt:alert(1)\">x</a>", "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>", "<a href='java\nscript:alert(1)'>x</a>",
        "<a href=javascript:alert(1)>x</a>", "<a href=\"https://ok.example\" href=\"javascript:alert(1)\" onclick=alert(1)>x</a>",
        "<a href=\"https://ok.example\" target=_blank formaction=javascript:alert(1)>x</a>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<iframe src=\"javascript:alert(1)\">", "<frameset onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "<template><img src=x onerror=alert(1)></template>",
        "<base href=\"https://evil.example/\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=import href=\"https://evil.example/x.html\">", "<link rel=stylesheet href=https://evil.example/x.css>",
        "<form action=\"https://evil.example\"><input name=x><button formaction=javascript:alert(1)>go</button></form>",
        "<object data=\"javascript:alert(1)\"></object>", "<embed src=\"https://evil.example/x.swf\">", "<applet code=x></applet>",
        "<style>@import 'https://evil.example/x.css';</style>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p onmouseover=alert(1)>x</p>", "<DIV ONCLICK=alert(1)>x</DIV>", "<body onload=alert(1)>", "<details open ontoggle=alert(1)>",
        "<select><option><script>alert(1)</script></select>", "<textarea><script>alert(1)</script></textarea>", "<xmp><script>alert(1)</xmp>",
        "<!--<img src=x onerror=alert(1)>-->", "<!--><img src=x onerror=alert(1)>-->", "<? echo 1 ?><img src=x onerror=alert(1)>",
        "<a href=\"https://ok.example\" title=\"x\" onfocus=alert(1) autofocus>x</a>", "<span title=`x`onmouseover=alert(1)>x</span>",
        "<img src='a.png' alt='\"><script>alert(1)</script>'>", "<table background=\"javascript:alert(1)\"><td>x</td></table>",
        "<plaintext><script>alert(1)</script>", "<isindex type=image src=1 onerror=alert(1)>", "<video><source onerror=alert(1)></video>",
    ]

    /// Every tag of `html` with its name and attributes, read as a browser would read them.
    static func tags(_ html: String) -> [(name: String, attributes: [String: String])] {
        var tokenizer = HTMLTokenizer(Array(html.utf8))
        var tags: [(String, [String: String])] = []
        while let token = tokenizer.next() {
            if case .startTag(let name, let attributes) = token {
                tags.append((name, Dictionary(attributes.map { ($0.name, CharacterReferences.read($0.value).decoded) }) { a, _ in a }))
            }
        }
        return tags
    }

    /// What would run or load from elsewhere in `html`, if anything.
    static func executable(_ html: String) -> [String] {
        let harmless = Set(HTMLSanitizer.elements.keys).union(["p", "a", "img"])
        var found: [String] = []
        for (name, attributes) in tags(html) {
            if !harmless.contains(name) { found.append("<\(name)>") }
            for (attribute, value) in attributes {
                if attribute.hasPrefix("on") || ["style", "srcset", "formaction", "srcdoc", "action", "data", "xlink:href"].contains(attribute) {
                    found.append("\(name) \(attribute)")
                }
                let url = String(value.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
                if ["href", "src"].contains(attribute), ["javascript:", "vbscript:", "data:", "//", "/\\", "\\"].contains(where: url.hasPrefix) {
                    found.append("\(name) \(attribute)=\(value)")
                }
            }
        }
        return found
    }

    @Test("no payload keeps anything that runs or loads from elsewhere", arguments: payloads)
    func payload(_ payload: String) {
        for markdown in [payload + "\n", "Before \(payload) after.\n", "- item \(payload)\n\n> \(payload)\n"] {
            let html = Self.render(markdown)
            #expect(Self.executable(html) == [], "\(markdown) gave \(html)")
            #expect(!html.lowercased().contains("alert(1)") || !html.contains("<script"), "\(html)")
        }
    }

    @Test("the payloads number at least forty, and the check finds what they carry before sanitising")
    func enoughPayloads() {
        #expect(Self.payloads.count >= 40)
        #expect(Self.payloads.filter { !Self.executable($0).isEmpty }.count >= 50)
    }

    @Test("the text of scripts and styles is dropped, not shown", arguments: [
        "<script>alert(1)</script>\n", "Text <script>alert(1)</script> inline.\n", "Text <style>b { color: red }</style> inline.\n",
        "<div><script>\n\nalert(1)\n\n</script></div>\n", "Text <script>alert(1) *and* [more](https://ok.example)</script> end.\n",
    ])
    func scriptTextDropped(markdown: String) {
        let rendered = MarkdownRenderer.render(markdown, allowRawHTML: true)
        #expect(!rendered.html.contains("alert") && !rendered.html.contains("color"), "\(rendered.html)")
        #expect(!rendered.plainText.contains("alert") && !rendered.plainText.contains("color"), "\(rendered.plainText)")
    }

    @Test("harmless markup is kept, attributes re-escaped", arguments: [
        ("<b>bold</b> and <i>it</i>\n", "<p><b>bold</b> and <i>it</i></p>\n"),
        ("<abbr title=\"Human Rights Council\">HRC</abbr>\n", "<p><abbr title=\"Human Rights Council\">HRC</abbr></p>\n"),
        ("x<sup>2</sup> H<sub>2</sub>O\n", "<p>x<sup>2</sup> H<sub>2</sub>O</p>\n"),
        ("<a href=\"https://ohchr.org/x?a=1&amp;b=2\" title='It&#39;s \"here\"'>OHCHR</a>\n",
         "<p><a href=\"https://ohchr.org/x?a=1&amp;b=2\" title=\"It&#39;s &quot;here&quot;\">OHCHR</a></p>\n"),
        ("<a href=mailto:a@example.org>mail</a> <a href=\"../x/\">x</a> <a href=#top>top</a>\n",
         "<p><a href=\"mailto:a@example.org\">mail</a> <a href=\"../x/\">x</a> <a href=\"#top\">top</a></p>\n"),
        ("<img src=\"images/map.png\" alt=\"A map\" width=300>\n", "<img src=\"images/map.png\" alt=\"A map\" width=\"300\" />\n"),
        ("<figure><img src=map.png alt=map><figcaption>The map</figcaption></figure>\n",
         "<figure><img src=\"map.png\" alt=\"map\" /><figcaption>The map</figcaption></figure>\n"),
        ("<details><summary>More</summary>Text</details>\n", "<details><summary>More</summary>Text</details>\n"),
        ("<table><tr><th scope=col>A</th></tr><tr><td colspan=2>1 &lt; 2</td></tr></table>\n",
         "<table><tr><th scope=\"col\">A</th></tr><tr><td colspan=\"2\">1 &lt; 2</td></tr></table>\n"),
        ("<span lang=fr dir=ltr class=note id=n1>oui &eacute; &amp; 3 > 2</span>\n",
         "<p><span lang=\"fr\" dir=\"ltr\" class=\"note\" id=\"n1\">oui é &amp; 3 &gt; 2</span></p>\n"),
        ("<h2>Raw</h2>\n\n## Markdown\n", "<h2>Raw</h2>\n<h2 id=\"markdown\">Markdown</h2>\n"),
        ("<form><b>kept</b></form>\n", "<b>kept</b>\n"),
    ])
    func harmlessKept(markdown: String, html: String) {
        #expect(Self.render(markdown) == html)
    }

    @Test("output is well-formed: unclosed elements closed where their block ends, stray end tags dropped", arguments: [
        ("<b><i>open\n", "<p><b><i>open</i></b></p>\n"),
        ("Some <em>text\n\nnext</em> para\n", "<p>Some <em>text</em></p>\n<p>next para</p>\n"),
        ("</div></p></b>text\n", "text\n"),
        ("*emphasis <b>bold* after</b>\n", "<p><em>emphasis <b>bold</b></em> after</p>\n"),
        ("<div>\n\n*inside*\n\n</div>\n", "<div>\n<p><em>inside</em></p>\n</div>\n"),
        ("> <div>quoted\n\nafter\n", "<blockquote>\n<div>quoted\n</div>\n</blockquote>\n<p>after</p>\n"),
        ("<b>a</i>b</b>\n", "<p><b>ab</b></p>\n"),
    ])
    func wellFormed(markdown: String, html: String) {
        #expect(Self.render(markdown) == html)
    }

    @Test("3,000 random mixes of raw HTML and Markdown give balanced tags, no placeholder and nothing executable")
    func randomMixes() {
        let parts = [
            "<b>", "</b>", "<div>", "</div>", "\n\n", "\n", "*", "x", " ", "<script>", "</script>", "<svg>", "</svg>", "<a href=x>",
            "</a>", "![i](a.png)", "[l](b)", "> ", "- ", "# ", "<img src=a.png onerror=x>", "<!--", "-->", "<style>", "`", "&#",
            "<", ">", "\"", "=", "<p>", "</p>", "<table><td>", "<math>", "<plaintext>", "<textarea>", "    ", "1. ", "<details>",
        ]
        var random = FuzzTests.Generator(state: 11)
        for _ in 0..<3_000 {
            let markdown = (0...random.int(30)).map { _ in parts[random.int(parts.count)] }.joined()
            let html = Self.render(markdown)
            var tokenizer = HTMLTokenizer(Array(html.utf8)), open: [String] = [], balanced = true
            while let token = tokenizer.next() {
                if case .startTag(let name, _) = token, HTMLSanitizer.elements[name] != true { open.append(name) }
                if case .endTag(let name) = token { balanced = balanced && open.popLast() == name }
            }
            #expect(balanced && open.isEmpty && !html.contains(HTMLSanitizer.placeholder), "\(markdown) gave \(html)")
            #expect(Self.executable(html) == [], "\(markdown) gave \(html)")
        }
    }

    @Test("a link keeps http, https, mailto and site-relative targets only, as Markdown links do", arguments: [
        ("https://example.org", true), ("HTTP://example.org", true), ("mailto:a@example.org", true), ("../a/", true), ("#x", true),
        ("javascript:alert(1)", false), ("java&#x0A;script:alert(1)", false), ("&#x6A;avascript:alert(1)", false),
        ("data:text/html,x", false), ("//evil.example", false), ("\\\\evil.example", false), ("/\\evil.example", false),
        ("ftp://example.org", false), ("jav&Tab;ascript:alert(1)", false),
    ])
    func linkTargets(href: String, kept: Bool) {
        #expect(Self.render("<a href=\"\(href)\">x</a>\n").contains("href=") == kept)
    }
}
