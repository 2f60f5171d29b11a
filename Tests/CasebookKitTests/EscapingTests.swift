import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import CasebookKit

/// Each output context's escaping, on the payloads that break them.
@Suite("Escaping for JSON in script, XML and CSV")
struct EscapingTests {
    @Test("HTML text escapes markup and both quotes")
    func html() {
        #expect(Escaping.html("<a href=\"x\" title='y'>&</a> é") == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; é")
    }

    @Test("a quote or bracket carrying a combining mark is escaped: the HTML parser still sees the quote")
    func combiningMarks() {
        #expect(Escaping.html("\"\u{301} onfocus=x '\u{308}<\u{338}") == "&quot;\u{301} onfocus=x &#39;\u{308}&lt;\u{338}")
        #expect(Escaping.html("plain text") == "plain text")
    }


    @Test("JSON strings cannot close a script element or break JavaScript, and still decode to the same text", arguments: [
        "</script><script>alert(1)</script>", "a\"b\\c", "line\u{2028}separator\u{2029}", "tab\tnew\nline\u{0}", "<!--", "é 😀",
    ])
    func json(text: String) throws {
        let literal = Escaping.jsonString(text)
        #expect(!literal.contains("<") && !literal.contains(">") && !literal.contains("\u{2028}") && !literal.contains("\u{2029}"))
        let decoded = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
        #expect(decoded == text)
    }

    @Test("JSON strings are escaped byte for byte as written, into a string or onto bytes")
    func jsonExact() {
        let text = "a\"b\\c<\u{2028}&'\u{1}é\u{2014}>"
        let expected = "\"a\\\"b\\\\c\\u003c\\u2028\\u0026\\u0027\\u0001é\u{2014}\\u003e\""
        #expect(Escaping.jsonString(text) == expected)
        var bytes = Array("x:".utf8)
        Escaping.appendJSONString(text, to: &bytes)
        #expect(bytes == Array(("x:" + expected).utf8))
        #expect(Escaping.jsonString("") == "\"\"")
    }

    @Test("XML text and attributes escape markup and drop characters XML forbids")
    func xml() throws {
        #expect(Escaping.xml("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;")
        #expect(Escaping.xml("bell\u{7}null\u{0}ok") == "bellnullok")
        #expect(Escaping.xml("a\u{FFFE}b\u{FFFF}c\u{FF01}d") == "abc\u{FF01}d")
        #expect(Escaping.xml("https://x.org/ru/cases/дело/ \t\n") == "https://x.org/ru/cases/дело/ \t\n")
        let document = "<title>\(Escaping.xml("</title><script>x</script> \u{1} & more"))</title>"
        _ = try XMLDocument(xmlString: document)
    }

    @Test("CSV cells quote separators and quotes, and never start a formula", arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("quote\"\u{301}", "\"quote\"\"\u{301}\""), ("a\r\nb", "\"a\r\nb\""),
    ])
    func csv(text: String, cell: String) {
        #expect(Escaping.csvCell(text) == cell)
    }
}
