import CasebookKit
import Foundation
import Testing
@testable import CasebookServer

/// What the preview adds to pages, and how request paths map into the site folder.
@Suite("preview server: pages and paths")
struct PageInjectionTests {
    static func apply(_ injection: PageInjection, to html: String) -> String {
        String(decoding: injection.apply(to: Array(html.utf8)), as: UTF8.self)
    }

    @Test("the script goes before the last </body>; a page without one gets it at the end")
    func script() {
        let tag = PageInjection.scriptTag
        #expect(Self.apply(PageInjection(), to: "<body><p>x</p></BODY>\n") == "<body><p>x</p>\(tag)</BODY>\n")
        #expect(Self.apply(PageInjection(), to: "<pre>&lt;/body></pre></body>") == "<pre>&lt;/body></pre>\(tag)</body>")
        #expect(Self.apply(PageInjection(), to: "<p>fragment</p>") == "<p>fragment</p>\(tag)")
    }

    @Test("the overlay goes right after the <body …> tag and escapes every diagnostic")
    func overlay() {
        let hostile = Diagnostic.error(
            .unknownKey("<img src=x onerror=alert(1)>", suggestion: nil),
            at: CasebookKit.SourceLocation(path: "content/\"a&b\".md", line: 4, column: 2))
        let page = Self.apply(PageInjection(failure: [hostile]), to: "<html><bodyguard></bodyguard><body class=\"x\">\n<h1>Hi</h1></body>")
        let overlay = ErrorOverlay(diagnostics: [hostile]).html
        #expect(page.hasPrefix("<html><bodyguard></bodyguard><body class=\"x\">" + overlay + "\n<h1>Hi</h1>"))
        #expect(overlay.contains("<code>content/&quot;a&amp;b&quot;.md:4:2: error: unknown key &#39;&lt;img src=x onerror=alert(1)&gt;&#39;</code>"))
        #expect(!overlay.contains("<img"))
        #expect(overlay.contains("The build failed with 1 error."))
        #expect(!overlay.contains("style="), "the pages' CSP forbids inline style")
    }

    @Test("request paths are percent-decoded and never leave the folder")
    func paths() throws {
        let root = URL(fileURLWithPath: "/srv/site")
        #expect(SitePath("/cases/a%20b/")?.url(in: root).path == "/srv/site/cases/a b")
        #expect(SitePath("/cases/a%20b/")?.endsWithSlash == true)
        #expect(SitePath("/./x//y")?.segments == ["x", "y"])
        #expect(SitePath("/caf%C3%A9.html")?.segments == ["café.html"])
        for refused in ["/..", "/a/../b", "/%2e%2e/x", "/a%2F..%2Fb", "/%00", "/%C3", "/%4", "/%g0", "x"] {
            #expect(SitePath(Substring(refused)) == nil, "\(refused)")
        }
    }

    @Test("media types by extension")
    func mediaTypes() {
        #expect(MediaType.of("a.HTML") == "text/html; charset=utf-8")
        #expect(MediaType.of("feed.xml") == "application/xml; charset=utf-8")
        #expect(MediaType.of("search.js") == "text/javascript; charset=utf-8")
        #expect(MediaType.of("Makefile") == "application/octet-stream")
    }
}
