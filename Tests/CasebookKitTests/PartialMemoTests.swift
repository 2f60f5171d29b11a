import Foundation
import Mustache
import Testing
@testable import CasebookKit

@Suite("List items rendered once (PartialMemo)")
struct PartialMemoTests {
    /// A page of a list as a template sees it: a heading and the cases.
    struct ListValues: MustacheParent, Sendable, Hashable {
        var heading: String
        var cases: [CaseSummaryView]

        func child(named key: String) -> Any? {
            switch key {
            case "heading": heading
            case "cases": cases
            default: nil
            }
        }
    }

    static let summary = "<article>\n<h3><a href=\"{{href}}\">{{title}}</a></h3>\n{{#defenders}}{{#.href}}<a href=\"{{.}}\">{{name}}</a>{{/.href}}{{^.href}}{{name}}{{/.href}}{{^last()}}, {{/last()}}{{/defenders}}\n</article>\n"

    /// A minimal template set whose `cases` template lists cases with `caseSummary` as `case-summary`.
    func templates(caseSummary: String = summary, cases: String = "<h1>{{heading}}</h1>\n{{#cases}}\n{{> case-summary}}\n{{/cases}}\n",
                   extra: [String: String] = [:], memoizing: Bool = true) throws -> TemplateSet {
        let folder = try TestSupport.temporaryFolder("casebook-memo")
        defer { try? FileManager.default.removeItem(at: folder) }
        try TestSupport.writeMinimalTemplates(in: folder)
        for (name, text) in ["case-summary": caseSummary, "cases": cases].merging(extra, uniquingKeysWith: { $1 }) {
            try TestSupport.write(text, to: name + ".mustache", in: folder)
        }
        let (set, diagnostics) = TemplateSet.load(from: folder, displayPath: { $0.path }, memoizingItems: memoizing)
        #expect(diagnostics.isEmpty)
        return try #require(set)
    }

    func item(_ number: Int, depth: Int = 1, defenders: Int = 2) -> CaseSummaryView {
        let prefix = String(repeating: "../", count: depth)
        return CaseSummaryView(
            href: "\(prefix)cases/c\(number)/index.html", title: "Case <\(number)>", summary: "What & when",
            date: DateView(Day(year: 2021, month: 5, day: number % 28 + 1)!, strings: InterfaceStrings(table: [:])),
            country: LinkView(href: "\(prefix)countries/kaz/index.html", text: "Kazakhstan"),
            status: LabelView(key: "ongoing", label: "Ongoing"),
            defenders: (0..<defenders).map { PersonView(name: "D\($0)", href: $0 == 0 ? nil : "\(prefix)defenders/d\($0)/index.html") })
    }

    func page(_ heading: String, _ cases: [CaseSummaryView]) -> PageModel {
        PageModel(template: "cases", route: .caseList, values: ListValues(heading: heading, cases: cases))
    }

    @Test("the repository's item partials are memoized")
    func repositoryPartials() throws {
        let (set, _) = TemplateSet.load(from: try TestSupport.validTemplates(), displayPath: { $0.path })
        #expect(try #require(set).memo.partials == ["case-summary", "doc-summary"])
    }

    @Test("pages render the same with and without the memo, items seen again included")
    func sameOutput() throws {
        let memoized = try templates(), plain = try templates(memoizing: false)
        #expect(memoized.memo.partials == ["case-summary"] && plain.memo.partials.isEmpty)
        let pages = (0..<6).map { number in
            page("Page \(number)", (0..<5).map { item(($0 + number * 2) % 7, depth: 1 + number % 2, defenders: $0 % 3) })
        }
        for page in pages + pages {
            #expect(memoized.render(page) == plain.render(page))
        }
        #expect(memoized.render(pages[0]).contains("<h3><a href=\"../cases/c1/index.html\">Case &lt;1&gt;</a></h3>\nD0\n</article>"))
    }

    @Test("an item whose partial reads the page is rendered on each page, not kept")
    func readsThePage() throws {
        let set = try templates(caseSummary: "<p>{{title}} in {{heading}}</p>\n")
        let shared = item(1)
        #expect(set.render(page("First", [shared])) == "<h1>First</h1>\n<p>Case &lt;1&gt; in First</p>\n")
        #expect(set.render(page("Second", [shared])) == "<h1>Second</h1>\n<p>Case &lt;1&gt; in Second</p>\n")
    }

    @Test("partials whose output could depend on where they are included are not memoized", arguments: [
        ("block", ["case-summary": "<h{{$level}}3{{/level}}>{{title}}</h{{$level}}3{{/level}}>\n"]),
        ("partial inside", ["case-summary": "{{> case-list}}\n", "case-list": "{{title}}\n"]),
        ("pragma", ["case-summary": "{{%CONTENT_TYPE:TEXT}}\n{{title}}\n"]),
        ("indented include", ["cases": "{{#cases}}\n  {{> case-summary}}\n{{/cases}}\n"]),
        ("indented parent", ["cases": "{{#cases}}\n\t{{< case-summary}}{{/case-summary}}\n{{/cases}}\n"]),
        ("delimiters changed", ["home": "{{=<% %>=}}\n<%page.title%>\n"]),
    ])
    func notMemoized(_ label: String, _ texts: [String: String]) throws {
        let set = try templates(extra: texts)
        #expect(set.memo.partials.isEmpty, "\(label)")
    }
}
