import Mustache
import Testing
@testable import CasebookKit

@Suite("Template texts render, test and transform as strings do")
struct TemplateTextTests {
    /// The same values two ways: as `String`s, or as a view returns them through `leaf`.
    struct Values: MustacheParent {
        var wrapped: Bool

        func child(named key: String) -> Any? {
            let values: [String: String?] = ["text": "Serzhan & <Sekerbayeva> \"'", "empty": "", "none": nil, "outer": "page"]
            guard let value = values[key] else { return nil }
            return wrapped ? leaf(value) : value.map { $0 as Any }
        }
    }

    func rendered(_ template: String, wrapped: Bool) throws -> String {
        try MustacheTemplate(string: HTMLContent.pragma + template).render(Values(wrapped: wrapped))
    }

    static let escaped = "Serzhan &amp; &lt;Sekerbayeva&gt; &quot;&#39;"

    @Test("escaped, raw, in sections, inverted, transformed, with lookups climbing past it", arguments: [
        ("{{text}}", escaped), ("{{{text}}}", "Serzhan & <Sekerbayeva> \"'"), ("{{#text}}[{{.}}]{{/text}}", "[\(escaped)]"),
        ("{{^text}}no{{/text}}", ""), ("{{#empty}}[{{.}}]{{/empty}}", "[]"), ("{{#none}}x{{/none}}{{^none}}no{{/none}}", "no"),
        ("{{#text}}{{outer}}{{/text}}", "page"), ("{{#text}}{{missing}}{{/text}}", ""),
        ("{{uppercased(text)}}", "SERZHAN &amp; &lt;SEKERBAYEVA&gt; &quot;&#39;"), ("{{#empty(empty)}}e{{/empty(empty)}}", "e"),
        ("{{^empty(text)}}full{{/empty(text)}}", "full"),
    ])
    func sameAsString(template: String, expected: String) throws {
        #expect(try rendered(template, wrapped: false) == expected)
        #expect(try rendered(template, wrapped: true) == expected)
    }

    @Test("optional values stay nil, and other values pass through unwrapped")
    func otherValues() {
        let none: Int? = nil
        #expect(leaf(none) == nil)
        #expect(leaf(Int?.some(3)) as? Int == 3)
        #expect(leaf([1, 2]) as? [Int] == [1, 2])
        #expect((leaf("a") as? TemplateText)?.text == "a")
        #expect(leaf(String?.none) == nil)
    }
}
